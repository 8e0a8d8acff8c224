/**
 * The extension manifest (root package.json) against the code it describes: settings against the
 * server's EditorSettings and the data kind catalog, activation and commands against the client, every
 * %key% against package.nls.json and its Japanese translation, every `vscode.l10n.t` string of the client
 * against l10n/bundle.l10n.ja.json.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SELECTOR, LANGUAGES } from '../../client/src/documents.js';
import { DATA_KINDS } from '../../rules/src/vocabulary/kinds.js';
import { DEFAULT_EDITOR_SETTINGS, SETTINGS_SECTION } from '../../server/src/protocol.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const json = <T>(path: string): T => JSON.parse(read(path)) as T;

interface Property {
  type: string;
  default: unknown;
  enum?: string[];
  markdownDescription?: string;
  markdownEnumDescriptions?: string[];
  enumDescriptions?: string[];
  additionalProperties?: { type: string; enum?: string[] };
  items?: { type: string };
  scope?: string;
}
interface Manifest {
  main: string;
  l10n: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations?: string[] }; virtualWorkspaces: { supported: boolean } };
  contributes: {
    commands: Array<{ command: string; title: string; category: string; icon?: string }>;
    viewsContainers: { activitybar: Array<{ id: string; icon: string }> };
    views: Record<string, Array<{ id: string; name: string; icon?: string }>>;
    viewsWelcome: Array<{ view: string; contents: string }>;
    menus: Record<string, Array<{ command: string; when?: string }>>;
    configuration: { properties: Record<string, Property> };
  };
}

const manifest = json<Manifest>('package.json');
const nls = json<Record<string, string>>('package.nls.json');
const nlsJa = json<Record<string, string>>('package.nls.ja.json');
const properties = manifest.contributes.configuration.properties;

/** EditorSettings flattened to dotted keys, as VS Code nests `piiGuard.a.b` settings. */
function flatten(value: object, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // names.extra is an open map: one setting, not a group.
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && `${prefix}${key}` !== 'names.extra') Object.assign(out, flatten(v, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = v;
  }
  return out;
}

describe('settings', () => {
  const editorDefaults = flatten(DEFAULT_EDITOR_SETTINGS);

  it('are exactly the server’s EditorSettings plus the trace level, under piiGuard', () => {
    expect(Object.keys(properties).sort()).toEqual([...Object.keys(editorDefaults).map((k) => `${SETTINGS_SECTION}.${k}`), 'piiGuard.trace.server'].sort());
  });

  it('have the server’s defaults and types', () => {
    for (const [key, value] of Object.entries(editorDefaults)) {
      const property = properties[`piiGuard.${key}`]!;
      expect(property.default, key).toEqual(value);
      const type = Array.isArray(value) ? 'array' : typeof value === 'number' ? ['number', 'integer'] : typeof value;
      if (Array.isArray(type)) expect(type, key).toContain(property.type);
      else expect(property.type, key).toBe(type);
    }
    expect(properties['piiGuard.locale']!.enum).toEqual(['auto', 'en', 'ja']);
    expect(properties['piiGuard.minConfidence']!.enum).toEqual(['high', 'medium', 'low']);
    expect(properties['piiGuard.trace.server']).toMatchObject({ default: 'off', enum: ['off', 'messages', 'verbose'], scope: 'window' });
  });

  it('offer the catalog’s data kinds, and only those, as values of names.extra', () => {
    expect(properties['piiGuard.names.extra']!.additionalProperties).toEqual({ type: 'string', enum: Object.keys(DATA_KINDS) });
  });

  it('each have a localized description, and one per enum value', () => {
    for (const [key, property] of Object.entries(properties)) {
      expect(property.markdownDescription, key).toMatch(/^%config\.[\w.]+%$/);
      const enumTexts = property.markdownEnumDescriptions ?? property.enumDescriptions;
      if (property.enum && key !== 'piiGuard.names.extra') expect(enumTexts?.length, key).toBe(property.enum.length);
    }
  });
});

describe('activation and documents', () => {
  it('activates on the four JS/TS languages, the configuration file and Apps Script files', () => {
    expect(manifest.activationEvents).toEqual([
      ...LANGUAGES.map((l) => `onLanguage:${l}`),
      'workspaceContains:**/pii-guard.config.json',
      'workspaceContains:**/*.gs',
    ]);
  });

  it('sends files and unsaved buffers of those languages, and .gs files, to the server', () => {
    expect(DOCUMENT_SELECTOR).toEqual([
      { scheme: 'file', language: 'javascript' },
      { scheme: 'untitled', language: 'javascript' },
      { scheme: 'file', language: 'javascriptreact' },
      { scheme: 'untitled', language: 'javascriptreact' },
      { scheme: 'file', language: 'typescript' },
      { scheme: 'untitled', language: 'typescript' },
      { scheme: 'file', language: 'typescriptreact' },
      { scheme: 'untitled', language: 'typescriptreact' },
      { scheme: 'file', pattern: '**/*.gs' },
    ]);
  });

  it('starts the bundled client, supports Restricted Mode in part and no virtual workspaces', () => {
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(manifest.engines.vscode).toBe('^1.90.0');
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({
      supported: 'limited',
      restrictedConfigurations: ['piiGuard.maskingHelper.name', 'piiGuard.maskingHelper.module'],
    });
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe(false);
  });
});

describe('commands and views', () => {
  const source = readdirSync(join(ROOT, 'client/src')).map((f) => read(`client/src/${f}`)).join('\n');

  it('contributes the commands the client registers, in the PII Guard category, with localized titles', () => {
    const registered = [...read('client/src/commands.ts').matchAll(/^\s+(\w+): '(piiGuard\.\w+)',$/gm)].map((m) => m[2]);
    expect(manifest.contributes.commands.map((c) => c.command)).toEqual(registered);
    expect(registered).toEqual(['piiGuard.scanWorkspace', 'piiGuard.exportFindings', 'piiGuard.showOutput', 'piiGuard.restartServer']);
    for (const command of manifest.contributes.commands) {
      expect(command.category).toBe('PII Guard');
      expect(command.title).toBe(`%command.${command.command.slice('piiGuard.'.length)}%`);
    }
  });

  it('puts the PII Findings view in its own activity bar container, with an icon that exists', () => {
    const [container] = manifest.contributes.viewsContainers.activitybar;
    expect(container).toEqual({ id: 'piiGuard', title: '%viewsContainer.piiGuard%', icon: 'media/pii-guard.svg' });
    expect(read(container!.icon)).toMatch(/^<svg [^>]*viewBox="0 0 24 24"/);
    expect(manifest.contributes.views.piiGuard!.map((v) => v.id)).toEqual(['piiGuard.findings']);
    expect(source).toContain("export const VIEW_ID = 'piiGuard.findings';");
    expect(manifest.contributes.viewsWelcome[0]!.view).toBe('piiGuard.findings');
  });

  it('only puts contributed commands in menus', () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const items of Object.values(manifest.contributes.menus)) for (const item of items) expect(contributed.has(item.command), item.command).toBe(true);
  });
});

describe('manifest texts', () => {
  const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);

  it('name every %key% in package.nls.json, and nothing more', () => {
    expect(Object.keys(nls).sort()).toEqual([...new Set(used)].sort());
  });

  it('are all translated into Japanese', () => {
    expect(Object.keys(nlsJa).sort()).toEqual(Object.keys(nls).sort());
    for (const [key, text] of Object.entries(nlsJa)) {
      // Names stay as they are; everything else is written in Japanese.
      if (key === 'viewsContainer.piiGuard') expect(text).toBe('PII Guard');
      else expect(text, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('keep command links and code spans when translated', () => {
    for (const [key, text] of Object.entries(nls)) {
      const marks = (s: string): string[] => [...s.matchAll(/\(command:[\w.]+\)|`[^`]+`/g)].map((m) => m[0]).sort();
      expect(marks(nlsJa[key]!), key).toEqual(marks(text));
    }
  });
});

describe('runtime strings', () => {
  const files = readdirSync(join(ROOT, 'client/src')).filter((f) => f.endsWith('.ts'));
  const calls = files.flatMap((f) => [...read(`client/src/${f}`).matchAll(/l10n\.t\(\s*('(?:[^'\\]|\\.)*'|[^,)]*)/g)].map((m) => ({ file: f, arg: m[1]!.trim() })));
  const bundle = json<Record<string, string>>('l10n/bundle.l10n.ja.json');
  const literal = (arg: string): string => JSON.parse(`"${arg.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;

  it('are string literals, so they can be translated', () => {
    expect(calls.length).toBeGreaterThan(30);
    expect(calls.filter((c) => !/^'([^'\\]|\\.)*'$/.test(c.arg))).toEqual([]);
  });

  it('all have a Japanese translation with the same placeholders, and the bundle has no stale entries', () => {
    const strings = [...new Set(calls.map((c) => literal(c.arg)))].sort();
    expect(Object.keys(bundle).sort()).toEqual(strings);
    for (const [english, japanese] of Object.entries(bundle)) {
      const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
      expect(placeholders(japanese), english).toEqual(placeholders(english));
      expect(japanese, english).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('are found by VS Code next to the manifest', () => {
    expect(manifest.l10n).toBe('./l10n');
    expect(existsSync(join(ROOT, 'l10n/bundle.l10n.ja.json'))).toBe(true);
  });
});
