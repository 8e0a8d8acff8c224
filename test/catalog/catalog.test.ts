import { describe, it, expect } from 'vitest';
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';
import {
  SANITIZERS,
  SINKS,
  analytics,
  appsScript,
  browserStorage,
  clipboard,
  cookies,
  downloads,
  dumps,
  email,
  errors,
  files,
  http,
  kintone,
  line,
  loggers,
  monitoring,
  objectStorage,
  realtime,
  sanitizerById,
  sinkById,
  tokens,
  messaging,
} from '../../rules/src/catalog/index.js';
import type { AccessPath, ArgSpec, SanitizerSpec, SinkFamily, SinkSpec } from '../../rules/src/catalog/types.js';
import { CatalogIndex, conditionsHold, parsePattern } from '../../rules/src/analysis/catalog-index.js';
import { Resolver } from '../../rules/src/analysis/resolve.js';
import { Scopes, type SourceCodeLike } from '../../rules/src/analysis/scopes.js';
import { lastName, unwrap } from '../../rules/src/analysis/ast.js';
import { splitWords } from '../../rules/src/vocabulary/tokenize.js';

/** Every family of the SinkFamily type; `true` where the built-in catalog must have an entry. */
const FAMILIES: Record<SinkFamily, boolean> = {
  loggers: true,
  errors: true,
  files: true,
  dumps: true,
  downloads: true,
  'browser-storage': true,
  cookies: true,
  clipboard: true,
  'object-storage': true,
  http: true,
  realtime: true,
  beacon: true,
  email: true,
  analytics: true,
  monitoring: true,
  tokens: true,
  // Chat and SMS (Slack, Twilio, LINE) belong to another issue.
  messaging: true,
};

const SEGMENT_NAME = /^(\(\)|new\(\)|[A-Za-z_$][\w$]*)$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function allPatterns(spec: { paths?: string[] }): string[] {
  return spec.paths ?? [];
}

/** Every name a compiled pattern accepts, or `*`. */
function segmentNames(pattern: string): string[][] {
  return parsePattern(pattern).map((seg) => ('any' in seg ? ['*'] : [...seg.names]));
}

describe('catalog structure', () => {
  it('has unique sink ids and unique sanitizer ids', () => {
    const sinkIds = SINKS.map((s) => s.id);
    expect(sinkIds.filter((id, i) => sinkIds.indexOf(id) !== i)).toEqual([]);
    const sanitizerIds = SANITIZERS.map((s) => s.id);
    expect(sanitizerIds.filter((id, i) => sanitizerIds.indexOf(id) !== i)).toEqual([]);
  });

  it('concatenates every family file into SINKS, each entry in the family its file is named for', () => {
    const byFile: Array<[readonly SinkSpec[], SinkFamily[]]> = [
      [loggers, ['loggers']],
      [errors, ['errors']],
      [files, ['files']],
      [dumps, ['dumps']],
      [downloads, ['downloads']],
      [browserStorage, ['browser-storage']],
      [cookies, ['cookies']],
      [clipboard, ['clipboard']],
      [objectStorage, ['object-storage']],
      [http, ['http', 'beacon']],
      [realtime, ['realtime']],
      [email, ['email']],
      [analytics, ['analytics']],
      [monitoring, ['monitoring']],
      [tokens, ['tokens']],
      [messaging, ['messaging']],
      // platform files hold several families each
      [appsScript, ['loggers', 'email', 'http', 'dumps', 'files']],
      [kintone, ['http']],
      [line, ['messaging']],
    ];
    for (const [list, families] of byFile) {
      for (const spec of list) expect(families, spec.id).toContain(spec.family);
    }
    expect(SINKS.length).toBe(byFile.reduce((n, [list]) => n + list.length, 0));
  });

  it('has at least one entry for every required family, and none for unknown ones', () => {
    for (const [family, required] of Object.entries(FAMILIES)) {
      if (required) expect(SINKS.some((s) => s.family === family), family).toBe(true);
    }
    for (const s of SINKS) expect(Object.keys(FAMILIES), s.id).toContain(s.family);
  });

  it('parses every pattern into well-formed segments', () => {
    for (const spec of [...SINKS, ...SANITIZERS]) {
      for (const p of allPatterns(spec)) {
        expect(p, `${spec.id}: ${p}`).not.toMatch(/\s/);
        expect(p.split('{').length, `${spec.id}: ${p}`).toBe(p.split('}').length);
        expect(p.startsWith('.') || p.endsWith('.') || p.includes('..'), `${spec.id}: ${p}`).toBe(false);
        for (const names of segmentNames(p)) {
          expect(names.length, `${spec.id}: ${p}`).toBeGreaterThan(0);
          for (const n of names) {
            if (n === '*') continue;
            expect(n, `${spec.id}: ${p}`).toMatch(SEGMENT_NAME);
          }
        }
      }
    }
  });

  it('writes patterns as the resolver produces them (no default, no node:, no window.)', () => {
    for (const spec of [...SINKS, ...SANITIZERS]) {
      for (const p of allPatterns(spec)) {
        if (spec.module) expect(p.startsWith('default'), `${spec.id}: ${p}`).toBe(false);
      }
      for (const m of spec.module ?? []) expect(m.startsWith('node:'), `${spec.id}: ${m}`).toBe(false);
      if (spec.global) expect(['window', 'globalThis', 'self', 'global']).not.toContain(spec.global);
    }
  });

  it('gives every entry a way to be found', () => {
    for (const spec of SINKS) {
      const found = !!spec.module?.length || !!spec.global || !!spec.receiverNames?.length || !!spec.names?.length;
      expect(found, spec.id).toBe(true);
    }
    for (const spec of SANITIZERS) {
      const found = !!spec.module?.length || !!spec.global || !!spec.names?.length;
      expect(found, spec.id).toBe(true);
      if (spec.module || spec.global) expect(spec.paths?.length ?? 0, spec.id).toBeGreaterThan(0);
    }
  });

  it('uses one-word receiver names, since the receiver is compared by its last word', () => {
    for (const spec of SINKS) {
      for (const r of spec.receiverNames ?? []) {
        expect(splitWords(r), `${spec.id}: ${r}`).toEqual([r.toLowerCase()]);
      }
      // The fallback compares the final method with the last segment of a non-empty pattern.
      if (spec.receiverNames?.length) expect(spec.paths.some((p) => p !== ''), spec.id).toBe(true);
    }
  });

  it('writes callee names with wildcards only at the ends', () => {
    for (const spec of [...SINKS, ...SANITIZERS]) {
      for (const n of spec.names ?? []) expect(n.replace(/^\*|\*$/g, ''), `${spec.id}: ${n}`).toMatch(IDENTIFIER);
    }
  });

  it('has sane argument specs and conditions', () => {
    const checkArgs = (id: string, args: readonly ArgSpec[]): void => {
      const covered = new Set<number>();
      let rest: number | null = null;
      for (const a of args) {
        if (a.index === 'rest') {
          expect(a.from, id).toBeTypeOf('number');
          expect(rest, `${id}: one rest`).toBeNull();
          rest = a.from!;
        } else {
          expect(Number.isInteger(a.index) && a.index >= 0 && a.index <= 6, `${id}: index ${a.index}`).toBe(true);
          expect(covered.has(a.index), `${id}: index ${a.index} twice`).toBe(false);
          covered.add(a.index);
        }
        if (a.properties) {
          expect(['options', 'data'], `${id}: properties on ${a.role}`).toContain(a.role);
          for (const [key, role] of Object.entries(a.properties)) {
            expect(key.split('.').every((k) => k.length > 0), `${id}: ${key}`).toBe(true);
            expect(role, `${id}: ${key}`).not.toBe('options');
          }
        }
        if (a.role === 'options') expect(a.properties, `${id}: options without properties`).toBeDefined();
        if (a.callbackReturn) expect(a.role, id).toBe('data');
      }
      if (rest !== null) for (const i of covered) expect(i < rest, `${id}: index ${i} inside rest`).toBe(true);
    };
    for (const spec of SINKS) {
      if (spec.args) checkArgs(spec.id, spec.args);
      // An assignment's data is its right-hand side.
      if (spec.assign) {
        expect(spec.args, spec.id).toBeUndefined();
        expect(spec.construct, spec.id).toBeUndefined();
      }
      if (spec.redactOption) expect(spec.family, spec.id).toBe('loggers');
    }
    for (const spec of [...SINKS, ...SANITIZERS]) {
      for (const c of spec.when ?? []) {
        expect(c.index >= 0 && c.index <= 6, spec.id).toBe(true);
        expect(c.equals !== undefined || c.matches !== undefined || c.isObject !== undefined, spec.id).toBe(true);
        if (c.matches !== undefined) expect(() => new RegExp(c.matches!), spec.id).not.toThrow();
      }
    }
    for (const spec of SANITIZERS) {
      if (spec.dataArg !== undefined) expect(spec.dataArg >= 0 && spec.dataArg <= 4, spec.id).toBe(true);
    }
  });

  it('names a vendor on every third-party SDK entry', () => {
    for (const spec of SINKS) {
      if ((spec.family === 'analytics' || spec.family === 'monitoring') && (spec.module || spec.global) && spec.id !== 'span.attributes') {
        expect(spec.vendor?.name, spec.id).toBeTruthy();
      }
      if (spec.vendor?.country !== undefined) expect(spec.vendor.country, spec.id).toMatch(/^[A-Z]{2}$/);
    }
    expect(sinkById('sendgrid')?.vendor).toEqual({ name: 'SendGrid', country: 'US' });
    expect(sinkById('segment.analytics')?.vendor).toEqual({ name: 'Segment', country: 'US' });
  });

  it('explains every weak sanitizer in both languages, and only weak ones', () => {
    const weak = SANITIZERS.filter((s) => s.strength === 'weak');
    expect(weak.map((s) => s.id)).toEqual(
      expect.arrayContaining(['btoa', 'Buffer.toString-base64', 'crypto.createHash', 'crypto-js.hash', 'hash-packages', 'archiver.zip-encrypted']),
    );
    for (const s of weak) {
      expect(s.note?.en.length ?? 0, s.id).toBeGreaterThan(20);
      expect(s.note?.ja, s.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    for (const s of SANITIZERS) if (s.strength !== 'weak') expect(s.note, s.id).toBeUndefined();
    // URL encoding is no protection at all, not even a weak one.
    expect(SANITIZERS.some((s) => s.global === 'encodeURIComponent' || s.names?.includes('encodeURIComponent'))).toBe(false);
  });

  it('finds entries by id', () => {
    expect(sinkById('pino')?.redactOption).toBe('redact');
    expect(sinkById('signale')?.redactOption).toBe('secrets');
    expect(sinkById('no-such-sink')).toBeUndefined();
    expect(sanitizerById('webcrypto.encrypt')?.dataArg).toBe(2);
    expect(sanitizerById('crypto.publicEncrypt')?.dataArg).toBe(1);
  });
});

// ---- matching hand-made access paths ------------------------------------------------------------------

const sinkIndex = new CatalogIndex(SINKS);
const sanitizerIndex = new CatalogIndex(SANITIZERS);

function mod(module: string, ...segments: string[]): AccessPath {
  return { root: { type: 'module', module }, segments };
}
function glob(name: string, ...segments: string[]): AccessPath {
  return { root: { type: 'global', name }, segments };
}
function unknown(name: string, ...segments: string[]): AccessPath {
  return { root: { type: 'unknown', name }, segments };
}
function ids(path: AccessPath, index: CatalogIndex<SinkSpec> | CatalogIndex<SanitizerSpec> = sinkIndex): string[] {
  return index.match(path).map((m) => m.spec.id);
}

describe('CatalogIndex over the catalog', () => {
  it('matches a pino child logger through the factory call', () => {
    expect(sinkIndex.match(mod('pino', '()', 'child', '()', 'info'))).toEqual([{ spec: sinkById('pino'), resolvedBy: 'import' }]);
  });

  it('matches console methods as a global', () => {
    expect(sinkIndex.match(glob('console', 'log'))).toEqual([{ spec: sinkById('console'), resolvedBy: 'global' }]);
    expect(ids(glob('console', 'table'))).toEqual(['console']);
    expect(ids(glob('console', 'assert'))).toEqual(['console.assert']);
    expect(ids(glob('console', 'time'))).toEqual([]);
  });

  it('matches an unresolved receiver by its name and method', () => {
    expect(sinkIndex.match(unknown('logger', 'info'))).toEqual([{ spec: sinkById('logger'), resolvedBy: 'receiver-name' }]);
    // `this.auditLogger.warn(...)`, `req.log.error(...)`
    expect(ids(unknown('auditLogger', 'warn'))).toEqual(['logger']);
    expect(ids(unknown('req', 'log', 'error'))).toEqual(['logger']);
    // a logger-named receiver with a method no logger has
    expect(ids(unknown('logger', 'push'))).toEqual([]);
  });

  it('matches nothing for an ordinary receiver', () => {
    expect(ids(unknown('list', 'push'))).toEqual([]);
    expect(ids(unknown('user', 'save'))).toEqual([]);
    expect(ids(unknown('cache', 'set'))).toEqual([]);
    expect(ids(glob('Math', 'max'))).toEqual([]);
  });

  it('follows instances, factories and chains', () => {
    expect(ids(mod('axios', 'post'))).toEqual(['axios.post']);
    expect(ids(mod('axios'))).toEqual(['axios']);
    expect(ids(mod('axios', 'create', '()', 'get'))).toEqual(['axios.get']);
    expect(ids(mod('axios', 'create', '()'))).toEqual(['axios']);
    expect(ids(mod('winston', 'createLogger', '()', 'child', '()', 'info'))).toEqual(['winston']);
    expect(ids(mod('winston', 'loggers', 'get', '()', 'warn'))).toEqual(['winston']);
    expect(ids(mod('debug', '()'))).toEqual(['debug']);
    expect(ids(mod('debug', '()', 'extend', '()'))).toEqual(['debug']);
    // the namespace call `debug('app')` itself is not a sink
    expect(ids(mod('debug'))).toEqual([]);
    expect(ids(mod('@nestjs/common', 'Logger', 'new()', 'log'))).toEqual(['nestjs.Logger']);
    expect(ids(mod('@nestjs/common', 'Logger', 'error'))).toEqual(['nestjs.Logger']);
    expect(ids(mod('socket.io-client', 'io', '()', 'timeout', '()', 'emit'))).toEqual(['socket.io-client.emit']);
    expect(ids(mod('superagent', 'post', '()', 'set', '()', 'send'))).toEqual(['superagent.send']);
    expect(ids(mod('ky', 'create', '()', 'post'))).toEqual(['ky']);
    expect(ids(mod('nodemailer', 'createTransport', '()', 'sendMail'))).toEqual(['nodemailer']);
    expect(ids(mod('exceljs', 'Workbook', 'new()', 'addWorksheet', '()', 'addRow'))).toEqual(['exceljs.addRow']);
    expect(ids(mod('@google-cloud/storage', 'Storage', 'new()', 'bucket', '()', 'file', '()', 'save'))).toEqual(['gcs.file.save']);
    expect(ids(mod('react-cookie', 'useCookies', '()', '()'))).toEqual(['universal-cookie']);
  });

  it('matches constructions and assignments by path (the flags are checked by the engine)', () => {
    expect(ids(mod('@aws-sdk/client-s3', 'PutObjectCommand'))).toEqual(['aws-sdk.s3.PutObjectCommand']);
    expect(sinkById('aws-sdk.s3.PutObjectCommand')?.construct).toBe(true);
    expect(ids(mod('@aws-sdk/lib-storage', 'Upload'))).toEqual(['aws-sdk.lib-storage.Upload']);
    expect(ids(glob('document', 'cookie'))).toEqual(['document.cookie']);
    expect(sinkById('document.cookie')?.assign).toBe(true);
    expect(ids(glob('localStorage', 'setItem'))).toEqual(['localStorage.setItem', 'localStorage[key]']);
    expect(ids(glob('Error'))).toEqual(['Error', 'Error()']);
    expect(ids(glob('XMLHttpRequest', 'new()', 'send'))).toEqual(['XMLHttpRequest.send']);
    expect(ids(glob('fetch'))).toEqual(['fetch']);
    expect(ids(glob('navigator', 'sendBeacon'))).toEqual(['navigator.sendBeacon']);
    expect(sinkById('navigator.sendBeacon')?.family).toBe('beacon');
  });

  it('falls back to receiver names for unresolved clients', () => {
    expect(ids(unknown('transporter', 'sendMail'))).toEqual(['nodemailer']);
    expect(ids(unknown('res', 'cookie'))).toEqual(['express.res.cookie']);
    expect(ids(unknown('res', 'attachment', '()', 'send'))).toEqual(['express.res.attachment']);
    expect(ids(unknown('db', 'transaction', '()', 'objectStore', '()', 'put'))).toEqual(['indexedDB.put']);
    expect(ids(unknown('worksheet', 'addRow'))).toEqual(['exceljs.addRow']);
    expect(ids(unknown('span', 'setAttribute'))).toEqual(['span.attributes']);
    expect(ids(unknown('scope', 'setUser'))).toEqual(['sentry.scope']);
    expect(ids(unknown('ctx', 'cookies', 'set'))).toEqual(['cookies.set']);
    // the method must still fit: `res.send(...)` is the app's own response, `ws.send` is not a sheet
    expect(ids(unknown('res', 'send'))).toEqual([]);
    expect(ids(unknown('ws', 'send'))).toEqual([]);
  });

  it('matches sanitizers by path, and by name with literal conditions', () => {
    expect(ids(mod('crypto', 'createCipheriv', '()', 'update'), sanitizerIndex)).toEqual(['crypto.createCipheriv']);
    expect(ids(mod('crypto', 'createHash', '()', 'update', '()', 'digest'), sanitizerIndex)).toEqual(['crypto.createHash']);
    expect(ids(glob('crypto', 'subtle', 'encrypt'), sanitizerIndex)).toEqual(['webcrypto.encrypt']);
    expect(ids(glob('Buffer', 'from', '()', 'toString'), sanitizerIndex)).toEqual(['Buffer.toString-base64']);
    expect(ids(mod('@aws-sdk/client-kms', 'EncryptCommand'), sanitizerIndex)).toEqual(['aws-kms.EncryptCommand']);

    const byName = (name: string): string[] => sanitizerIndex.matchName(name).map((s) => s.id);
    expect(byName('maskEmail')).toEqual(['mask-helper']);
    expect(byName('cardNumberMask')).toEqual(['mask-helper']);
    expect(byName('redactPii')).toEqual(['mask-helper']);
    expect(byName('anonymizeIp')).toEqual(['mask-helper']);
    expect(byName('encryptField')).toEqual(['encrypt-helper']);
    expect(byName('aesEncrypt')).toEqual(['encrypt-helper']);
    expect(byName('hmacSha256')).toEqual(['keyed-hash-helper']);
    expect(byName('tokenize')).toEqual([]);
    expect(byName('unredacted')).toEqual([]);
    expect(byName('sanitizeHtml')).toEqual([]);
    expect(byName('encodeURIComponent')).toEqual([]);

    const literals = (...values: Array<string | null>) => (i: number) => values[i] ?? null;
    const slice = sanitizerById('truncate-last-four')!;
    expect(conditionsHold(slice.when, literals('-4'))).toBe(true);
    expect(conditionsHold(slice.when, literals('0', '6'))).toBe(false);
    expect(conditionsHold(slice.when, literals('-12'))).toBe(false);
    const replace = sanitizerById('mask-replace')!;
    for (const masked of ['*', '***', '•', '●●●●', 'X', 'xxxx', '#', '$1***', '$1****$2', '$<user>***']) {
      expect(conditionsHold(replace.when, literals(null, masked)), masked).toBe(true);
    }
    for (const kept of ['', '-', ' ', '$1', '$1-$2', 'hidden', '*hidden*', '[REDACTED]']) {
      expect(conditionsHold(replace.when, literals(null, kept)), kept).toBe(false);
    }
    const base64 = sanitizerById('Buffer.toString-base64')!;
    expect(conditionsHold(base64.when, literals('base64'))).toBe(true);
    expect(conditionsHold(base64.when, literals('utf8'))).toBe(false);
  });

  it('matches postMessage by name only when the target is any origin', () => {
    const spec = sinkIndex.matchName('postMessage');
    expect(spec.map((s) => s.id)).toEqual(['postMessage']);
    expect(conditionsHold(spec[0]!.when, (i) => (i === 1 ? '*' : null))).toBe(true);
    expect(conditionsHold(spec[0]!.when, (i) => (i === 1 ? 'https://app.example.jp' : null))).toBe(false);
    expect(sinkIndex.matchName('ValidationError').map((s) => s.id)).toEqual(['error-class']);
    expect(sinkIndex.matchName('BadRequestException').map((s) => s.id)).toEqual(['error-class']);
    expect(sinkIndex.matchName('handleError').map((s) => s.id)).toEqual(['error-class']);
    expect(sinkById('error-class')?.construct).toBe(true);
  });
});

// ---- real code through the resolver --------------------------------------------------------------------

type Sinkable = TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression;

function sourceCodeOf(code: string): SourceCodeLike {
  const { ast, scopeManager, visitorKeys } = parseForESLint(code, {
    sourceType: 'module',
    ecmaVersion: 'latest',
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    ecmaFeatures: { jsx: true },
  });
  setParents(ast as unknown as TSESTree.Node, visitorKeys as Record<string, readonly string[]>);
  // SourceCode's constructor types expect ESLint's own AST type; the typescript-eslint AST is a superset.
  return new SourceCode({ text: code, ast: ast as never, scopeManager: scopeManager as never, visitorKeys: visitorKeys as never }) as unknown as SourceCodeLike;
}

function setParents(node: TSESTree.Node, keys: Record<string, readonly string[]>): void {
  for (const key of keys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && 'type' in child) {
        (child as { parent?: TSESTree.Node }).parent = node;
        setParents(child as TSESTree.Node, keys);
      }
    }
  }
}

function sinkables(node: TSESTree.Node, keys: Record<string, readonly string[]>, out: Sinkable[] = []): Sinkable[] {
  if (node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'AssignmentExpression') out.push(node);
  for (const key of keys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && 'type' in child) sinkables(child as TSESTree.Node, keys, out);
    }
  }
  return out;
}

/** The sink id of each call, construction or assignment in the code (as the engine picks it: first hit). */
function sinksIn(code: string): Array<[string, string]> {
  const sc = sourceCodeOf(code);
  const resolver = new Resolver(new Scopes(sc));
  const keys = (sc as unknown as { visitorKeys: Record<string, readonly string[]> }).visitorKeys;
  const out: Array<[string, string]> = [];
  for (const node of sinkables(sc.ast, keys)) {
    const assign = node.type === 'AssignmentExpression';
    const construct = node.type === 'NewExpression';
    const target = assign ? node.left : node.callee;
    const literal = (i: number): string | null => {
      if (assign) return null;
      const a = node.arguments[i];
      return a && a.type !== 'SpreadElement' ? resolver.constantString(a) : null;
    };
    let id: string | null = null;
    const resolved = assign && target.type !== 'MemberExpression' ? null : resolver.resolve(target);
    for (const m of resolved ? sinkIndex.match(resolved) : []) {
      if (!!m.spec.assign !== assign || (!assign && !!m.spec.construct !== construct)) continue;
      if (!conditionsHold(m.spec.when, literal)) continue;
      id = m.spec.id;
      break;
    }
    if (!id && !assign) {
      const name = lastName(unwrap(target));
      for (const spec of name ? sinkIndex.matchName(name) : []) {
        if (!!spec.construct === construct && !spec.assign && conditionsHold(spec.when, literal)) {
          id = spec.id;
          break;
        }
      }
    }
    if (id) out.push([sc.getText(target), id]);
  }
  return out;
}

describe('catalog patterns against resolved real code', () => {
  it('pino, winston, debug and console', () => {
    const code = `
      import pino from 'pino';
      import winston from 'winston';
      import createDebug from 'debug';
      const log = pino({ redact: ['email'] });
      const logger = winston.createLogger({});
      const dbg = createDebug('app:users');
      export function f(user) {
        log.child({ mod: 'x' }).info(user.email);
        logger.info('created', user);
        dbg(user.phone);
        console.table([user]);
        window.console.log(user.name);
      }`;
    expect(sinksIn(code)).toEqual([
      ['log.child({ mod: \'x\' }).info', 'pino'],
      ['logger.info', 'winston'],
      ['dbg', 'debug'],
      ['console.table', 'console'],
      ['window.console.log', 'console'],
    ]);
  });

  it('NestJS loggers: a field, constructor injection, the static logger, and an untyped this.logger', () => {
    const code = `
      import { Logger, Injectable } from '@nestjs/common';
      import { AppLogger } from './app-logger';
      @Injectable()
      export class UsersService {
        private readonly logger = new Logger(UsersService.name);
        constructor(private readonly audit: Logger, private readonly appLogger: AppLogger) {}
        create(dto) {
          this.logger.log(dto.email);
          this.audit.warn(dto.phone);
          Logger.error(dto.name);
          this.appLogger.info(dto.address);
        }
      }
      export class Plain {
        constructor(logger) { this.other = logger; }
        run(x) { this.logger.info(x); }
      }`;
    expect(sinksIn(code)).toEqual([
      ['this.logger.log', 'nestjs.Logger'],
      ['this.audit.warn', 'nestjs.Logger'],
      ['Logger.error', 'nestjs.Logger'],
      ['this.appLogger.info', 'logger'],
      ['this.logger.info', 'logger'],
    ]);
  });

  it('morgan tokens, fastify loggers and request.log', () => {
    const code = `
      import morgan from 'morgan';
      import Fastify from 'fastify';
      const app = Fastify({ logger: { redact: ['req.body.email'] } });
      morgan.token('email', (req) => req.body.email);
      app.log.info('boot');
      app.post('/x', async (request, reply) => { request.log.info(request.body); });`;
    expect(sinksIn(code)).toEqual([
      ['morgan.token', 'morgan.token'],
      ['app.log.info', 'fastify.log'],
      ['request.log.info', 'logger'],
    ]);
  });

  it('errors: built-in, project and NestJS error classes, Sentry', () => {
    const code = `
      import * as Sentry from '@sentry/node';
      import { BadRequestException } from '@nestjs/common';
      import { ValidationError } from './errors';
      export function f(user) {
        if (!user) throw new Error(\`no user \${user.email}\`);
        if (user.x) throw new TypeError(user.name);
        if (user.y) throw new BadRequestException(user.email);
        if (user.z) throw new ValidationError(user.phone);
        Sentry.captureMessage(user.email);
        Sentry.setUser({ email: user.email });
      }`;
    expect(sinksIn(code)).toEqual([
      ['Error', 'Error'],
      ['TypeError', 'TypeError'],
      ['BadRequestException', 'error-class'],
      ['ValidationError', 'error-class'],
      ['Sentry.captureMessage', 'sentry.captureMessage'],
      ['Sentry.setUser', 'sentry.scope'],
    ]);
  });

  it('files, dumps and downloads', () => {
    const code = `
      import fs from 'node:fs';
      import { writeFile } from 'fs/promises';
      import { stringify } from 'csv-stringify/sync';
      import Papa from 'papaparse';
      import * as XLSX from 'xlsx';
      import ExcelJS from 'exceljs';
      import { saveAs } from 'file-saver';
      export async function f(users, res) {
        fs.writeFileSync('/tmp/u.json', JSON.stringify(users));
        await fs.promises.appendFile('/tmp/u.log', users[0].email);
        await writeFile('out.csv', 'x');
        const out = fs.createWriteStream('/tmp/x');
        out.write(users[0].phone);
        // serialisers are intermediate sinks: reported only when their output is not seen leaving elsewhere
        const csv = stringify(users);
        Papa.unparse(users);
        XLSX.utils.json_to_sheet(users);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('users');
        ws.addRow([users[0].name]);
        saveAs(new Blob(['x']), 'users.csv');
        URL.createObjectURL(new Blob(['y']));
        res.attachment('users.csv').send('z');
      }`;
    expect(sinksIn(code)).toEqual([
      ['fs.writeFileSync', 'fs.writeFile'],
      ['fs.promises.appendFile', 'fs.writeFile'],
      ['writeFile', 'fs.writeFile'],
      ['out.write', 'fs.createWriteStream'],
      ['stringify', 'csv-stringify'],
      ['Papa.unparse', 'papaparse.unparse'],
      ['XLSX.utils.json_to_sheet', 'xlsx.utils.json_to_sheet'],
      ['ws.addRow', 'exceljs.addRow'],
      ['saveAs', 'file-saver'],
      ['URL.createObjectURL', 'URL.createObjectURL'],
      ['res.attachment(\'users.csv\').send', 'express.res.attachment'],
    ]);
  });

  it('browser storage, cookies and clipboard', () => {
    const code = `
      import Cookies from 'js-cookie';
      import { cookies } from 'next/headers';
      import { openDB } from 'idb';
      export async function f(user, res) {
        localStorage.setItem('user', JSON.stringify(user));
        window.sessionStorage.email = user.email;
        document.cookie = 'email=' + user.email;
        Cookies.set('email', user.email);
        cookies().set('phone', user.phone);
        res.cookie('name', user.name);
        res.setHeader('Set-Cookie', 'e=' + user.email);
        res.setHeader('Content-Type', 'text/plain');
        const db = await openDB('app', 1);
        await db.put('users', user, user.id);
        navigator.clipboard.writeText(user.email);
      }`;
    expect(sinksIn(code)).toEqual([
      ['localStorage.setItem', 'localStorage.setItem'],
      ['window.sessionStorage.email', 'sessionStorage[key]'],
      ['document.cookie', 'document.cookie'],
      ['Cookies.set', 'js-cookie'],
      ['cookies().set', 'next.cookies'],
      ['res.cookie', 'express.res.cookie'],
      ['res.setHeader', 'set-cookie-header'],
      ['db.put', 'idb.put'],
      ['navigator.clipboard.writeText', 'navigator.clipboard'],
    ]);
  });

  it('object storage and tokens', () => {
    const code = `
      import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
      import { Upload } from '@aws-sdk/lib-storage';
      import { BlobServiceClient } from '@azure/storage-blob';
      import jwt from 'jsonwebtoken';
      import { SignJWT } from 'jose';
      const s3 = new S3Client({});
      export async function f(user) {
        await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: JSON.stringify(user) }));
        await new Upload({ client: s3, params: { Bucket: 'b', Key: 'k', Body: 'x' } }).done();
        const svc = BlobServiceClient.fromConnectionString(process.env.CS);
        await svc.getContainerClient('c').getBlockBlobClient('b').upload(user.email, 10);
        jwt.sign({ email: user.email }, 'secret');
        await new SignJWT({ email: user.email }).sign(key);
      }`;
    expect(sinksIn(code)).toEqual([
      ['PutObjectCommand', 'aws-sdk.s3.PutObjectCommand'],
      ['Upload', 'aws-sdk.lib-storage.Upload'],
      ["svc.getContainerClient('c').getBlockBlobClient('b').upload", 'azure.blob.upload'],
      ['jwt.sign', 'jsonwebtoken.sign'],
      ['SignJWT', 'jose.SignJWT'],
    ]);
  });

  it('HTTP clients, realtime and beacons', () => {
    const code = `
      import axios from 'axios';
      import got from 'got';
      import { io } from 'socket.io-client';
      const api = axios.create({ baseURL: 'https://crm.example.com' });
      const socket = io('wss://chat.example.com');
      export async function f(user) {
        await fetch('/api/users', { method: 'POST', body: JSON.stringify(user) });
        await axios.post('https://x.example.com', user);
        await api.get('/users', { params: { email: user.email } });
        await axios({ url: '/x', data: user });
        await got.post('https://y.example.com', { json: user });
        const xhr = new XMLHttpRequest();
        xhr.open('POST', '/x');
        xhr.send(JSON.stringify(user));
        socket.emit('profile', user);
        new WebSocket('ws://z.example.com').send(user.email);
        navigator.sendBeacon('/b', user.email);
        window.parent.postMessage(user, '*');
        iframe.contentWindow.postMessage(user, 'https://app.example.jp');
      }`;
    expect(sinksIn(code)).toEqual([
      ['io', 'socket.io-client'],
      ['fetch', 'fetch'],
      ['axios.post', 'axios.post'],
      ['api.get', 'axios.get'],
      ['axios', 'axios'],
      ['got.post', 'got'],
      ['xhr.open', 'XMLHttpRequest.open'],
      ['xhr.send', 'XMLHttpRequest.send'],
      ['socket.emit', 'socket.io-client.emit'],
      ["new WebSocket('ws://z.example.com').send", 'WebSocket.send'],
      ['WebSocket', 'WebSocket'],
      ['navigator.sendBeacon', 'navigator.sendBeacon'],
      ['window.parent.postMessage', 'postMessage'],
    ]);
  });

  it('e-mail, analytics and monitoring SDKs', () => {
    const code = `
      import nodemailer from 'nodemailer';
      import sgMail from '@sendgrid/mail';
      import mixpanel from 'mixpanel-browser';
      import { datadogRum } from '@datadog/browser-rum';
      import { datadogLogs } from '@datadog/browser-logs';
      import { trace } from '@opentelemetry/api';
      const transporter = nodemailer.createTransport({});
      export async function f(user, mailer) {
        await transporter.sendMail({ to: user.email, text: 'hi' });
        await mailer.sendMail({ to: user.email });
        await sgMail.send({ to: user.email, html: user.name });
        gtag('event', 'login', { email: user.email });
        window.analytics.identify(user.id, { email: user.email });
        mixpanel.people.set({ $email: user.email });
        datadogRum.setUser({ email: user.email });
        datadogLogs.logger.info('x', { email: user.email });
        trace.getActiveSpan()?.setAttribute('user.email', user.email);
      }`;
    expect(sinksIn(code)).toEqual([
      ['transporter.sendMail', 'nodemailer'],
      ['mailer.sendMail', 'nodemailer'],
      ['sgMail.send', 'sendgrid'],
      ['gtag', 'gtag'],
      ['window.analytics.identify', 'segment.analytics'],
      ['mixpanel.people.set', 'mixpanel-browser'],
      ['datadogRum.setUser', 'datadog.rum'],
      ['datadogLogs.logger.info', 'datadog.logs'],
      ['trace.getActiveSpan()?.setAttribute', 'span.attributes'],
    ]);
  });

  it('leaves ordinary code alone', () => {
    const code = `
      import { PrismaClient } from '@prisma/client';
      const prisma = new PrismaClient();
      export async function f(user, list, map) {
        list.push(user);
        map.set(user.id, user);
        await prisma.user.create({ data: user });
        const s = user.email.trim().toLowerCase();
        res.json(user);
        res.send(user);
        return s.slice(0, 3);
      }`;
    expect(sinksIn(code)).toEqual([]);
  });
});

describe('sanitizer patterns against resolved real code', () => {
  /** The sanitizer id of each call/construction, as the flow analysis picks it. */
  function sanitizersIn(code: string): Array<[string, string]> {
    const sc = sourceCodeOf(code);
    const resolver = new Resolver(new Scopes(sc));
    const keys = (sc as unknown as { visitorKeys: Record<string, readonly string[]> }).visitorKeys;
    const out: Array<[string, string]> = [];
    for (const node of sinkables(sc.ast, keys)) {
      if (node.type === 'AssignmentExpression') continue;
      const construct = node.type === 'NewExpression';
      const literal = (i: number): string | null => {
        const a = node.arguments[i];
        return a && a.type !== 'SpreadElement' ? resolver.constantString(a) : null;
      };
      let id: string | null = null;
      const resolved = resolver.resolve(node.callee);
      for (const m of resolved ? sanitizerIndex.match(resolved) : []) {
        if (!!m.spec.construct === construct && conditionsHold(m.spec.when, literal)) {
          id = m.spec.id;
          break;
        }
      }
      const name = id ? null : lastName(unwrap(node.callee));
      for (const spec of name ? sanitizerIndex.matchName(name) : []) {
        if (!!spec.construct === construct && conditionsHold(spec.when, literal)) {
          id = spec.id;
          break;
        }
      }
      if (id) out.push([sc.getText(node.callee), id]);
    }
    return out;
  }

  it('recognises encryption, keyed hashes, masks and the weak ones', () => {
    const code = `
      import crypto from 'node:crypto';
      import bcrypt from 'bcrypt';
      import { KMSClient, EncryptCommand } from '@aws-sdk/client-kms';
      import { maskEmail } from './privacy';
      export async function f(user, key, iv) {
        const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
        const a = cipher.update(user.email, 'utf8', 'hex') + cipher.final('hex');
        const b = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
        const c = await new KMSClient({}).send(new EncryptCommand({ KeyId: 'k', Plaintext: Buffer.from(user.phone) }));
        const d = crypto.createHmac('sha256', key).update(user.email).digest('hex');
        const e = await bcrypt.hash(user.password, 12);
        const g = maskEmail(user.email);
        const h = user.phone.replace(/\\d(?=\\d{4})/g, '*');
        const i = btoa(user.email);
        const j = Buffer.from(user.email).toString('base64');
        const k = crypto.createHash('sha256').update(user.email).digest('hex');
        const l = user.phone.replace(/-/g, '');
        const m = Buffer.from(user.email).toString('utf8');
        return [a, b, c, d, e, g, h, i, j, k, l, m];
      }`;
    expect(sanitizersIn(code)).toEqual([
      ['cipher.update', 'crypto.createCipheriv'],
      ['cipher.final', 'crypto.createCipheriv'],
      // `crypto` is the imported module here, not the WebCrypto global
      ['crypto.subtle.encrypt', 'node.webcrypto.encrypt'],
      ['EncryptCommand', 'aws-kms.EncryptCommand'],
      ["crypto.createHmac('sha256', key).update(user.email).digest", 'crypto.createHmac'],
      ["crypto.createHmac('sha256', key).update", 'crypto.createHmac'],
      ['bcrypt.hash', 'bcrypt'],
      ['maskEmail', 'mask-helper'],
      ['user.phone.replace', 'mask-replace'],
      ['btoa', 'btoa'],
      ['Buffer.from(user.email).toString', 'Buffer.toString-base64'],
      ["crypto.createHash('sha256').update(user.email).digest", 'crypto.createHash'],
      ["crypto.createHash('sha256').update", 'crypto.createHash'],
    ]);
  });
});
