/**
 * Turns validated settings into what the engine runs with (vocabulary, compiled catalog indexes),
 * cached by content so every rule and every file with the same configuration shares one instance.
 */
import { SANITIZERS, SINKS } from '../catalog/index.js';
import type { SanitizerSpec, SinkSpec } from '../catalog/types.js';
import { CatalogIndex, type SanitizerIndex, type SinkIndex } from '../analysis/catalog-index.js';
import { createVocabulary, type Vocabulary } from '../vocabulary/classify.js';
import type { Confidence } from '../vocabulary/types.js';
import type { Locale } from '../findings/model.js';
import type { ApprovedFlow, PiiGuardSettings } from './types.js';
import { validateSettings } from './validate.js';

export interface ResolvedConfig {
  key: string;
  locale: Locale;
  minConfidence: Confidence;
  vocabulary: Vocabulary;
  sinks: SinkIndex;
  sanitizers: SanitizerIndex;
  firstPartyHosts: readonly string[];
  approved: readonly ApprovedFlow[];
  settings: PiiGuardSettings;
}

const cache = new Map<string, ResolvedConfig>();

/** Shared settings overlaid by rule options (rule options win, key by key). */
export function mergeSettings(shared: PiiGuardSettings, options: PiiGuardSettings | undefined): PiiGuardSettings {
  if (!options) return shared;
  return { ...shared, ...options };
}

export function resolveConfig(settings: PiiGuardSettings): ResolvedConfig {
  const key = JSON.stringify(settings);
  const hit = cache.get(key);
  if (hit) return hit;
  const extraSinks: SinkSpec[] = (settings.sinks ?? []).map((s, i) => ({
    id: s.id ?? `config:${s.module ?? s.global ?? 'receiver'}:${s.path}:${i}`,
    family: s.family ?? (s.kind === 'log' ? 'loggers' : s.kind === 'export' ? 'files' : 'http'),
    kind: s.kind,
    api: s.id ?? [s.module ?? s.global, s.path].filter(Boolean).join('.'),
    module: s.module ? [s.module] : undefined,
    global: s.global,
    paths: [s.path],
    construct: s.construct,
    receiverNames: s.receiverNames,
    args: s.args
      ? s.args.map((index) => (s.properties ? { index, role: 'options' as const, properties: s.properties } : { index, role: 'data' as const }))
      : s.properties
        ? [{ index: 0, role: 'options' as const, properties: s.properties }]
        : undefined,
  }));
  const extraSanitizers: SanitizerSpec[] = (settings.sanitizers ?? []).map((s, i) => ({
    id: s.id ?? `config:${s.name ?? s.path}:${i}`,
    strength: s.strength ?? 'mask',
    api: s.name ?? [s.module ?? s.global, s.path].filter(Boolean).join('.'),
    module: s.module ? [s.module] : undefined,
    global: s.global,
    paths: s.path !== undefined ? [s.path] : undefined,
    names: s.name ? [s.name] : undefined,
  }));
  const resolved: ResolvedConfig = {
    key,
    locale: settings.locale ?? 'en',
    minConfidence: settings.minConfidence ?? 'medium',
    vocabulary: createVocabulary({ extraNames: settings.names?.extra, ignoredNames: settings.names?.ignore }),
    sinks: new CatalogIndex([...SINKS, ...extraSinks]),
    sanitizers: new CatalogIndex([...SANITIZERS, ...extraSanitizers]),
    firstPartyHosts: settings.firstPartyHosts ?? [],
    approved: settings.policy?.approved ?? [],
    settings,
  };
  if (cache.size > 64) cache.clear();
  cache.set(key, resolved);
  return resolved;
}

/** Read `settings.piiGuard` and rule options as ESLint passes them; throws ConfigError naming the bad key. */
export function configFromEslint(sharedSettings: unknown, ruleOptions: unknown): ResolvedConfig {
  const raw = (sharedSettings as { piiGuard?: unknown } | undefined)?.piiGuard;
  // ESLint hands every rule of every file the same settings and options objects: validate each once.
  const shared = validated(raw, 'settings.piiGuard');
  const options = ruleOptions === undefined ? undefined : validated(ruleOptions, 'rule options');
  return resolveConfig(mergeSettings(shared, options));
}

const validatedObjects = new WeakMap<object, PiiGuardSettings>();

function validated(value: unknown, source: string): PiiGuardSettings {
  if (value === null || typeof value !== 'object') return validateSettings(value, source);
  const hit = validatedObjects.get(value);
  if (hit) return hit;
  const settings = validateSettings(value, source);
  validatedObjects.set(value, settings);
  return settings;
}
