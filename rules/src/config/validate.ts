/** Validates configuration and names the bad key: never a silent default. */
import { Ajv, type ErrorObject } from 'ajv';
import { DATA_KINDS } from '../vocabulary/kinds.js';
import { settingsSchema } from './schema.js';
import type { PiiGuardSettings } from './types.js';

export class ConfigError extends Error {
  constructor(
    message: string,
    /** Where the configuration came from (`settings.piiGuard`, a file path). */
    readonly source: string,
    /** The offending key path (`policy.approved[0].reason`). */
    readonly key: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(settingsSchema);

function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
}

function explain(e: ErrorObject): { key: string; text: string } {
  const base = keyPath(e.instancePath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const key = base ? `${base}.${extra}` : extra;
      return { key, text: `unknown key "${key}"` };
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const key = base ? `${base}.${missing}` : missing;
      return { key, text: `"${key}" is required` };
    }
    case 'enum':
      return { key: base, text: `"${base}" must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { key: base, text: `"${base || '(root)'}" ${e.message ?? 'is invalid'}` };
  }
}

/** Throws ConfigError on the first problem; returns the settings typed. */
export function validateSettings(value: unknown, source: string): PiiGuardSettings {
  if (value === undefined || value === null) return {};
  if (!check(value)) {
    const first = explain(check.errors![0]!);
    throw new ConfigError(`Invalid PII Guard configuration in ${source}: ${first.text}.`, source, first.key);
  }
  const settings = value as PiiGuardSettings;
  const unknownKind = (kind: string, key: string): never => {
    throw new ConfigError(
      `Invalid PII Guard configuration in ${source}: "${key}" names an unknown data kind "${kind}" (known: ${Object.keys(DATA_KINDS).join(', ')}).`,
      source,
      key,
    );
  };
  for (const [name, kind] of Object.entries(settings.names?.extra ?? {})) {
    if (!DATA_KINDS[kind]) unknownKind(kind, `names.extra.${name}`);
  }
  settings.policy?.approved?.forEach((flow, i) => {
    flow.kinds?.forEach((kind, j) => {
      if (!DATA_KINDS[kind]) unknownKind(kind, `policy.approved[${i}].kinds[${j}]`);
    });
  });
  settings.sinks?.forEach((sink, i) => {
    if (!sink.module && !sink.global && !sink.receiverNames?.length) {
      throw new ConfigError(
        `Invalid PII Guard configuration in ${source}: "sinks[${i}]" needs "module", "global" or "receiverNames".`,
        source,
        `sinks[${i}]`,
      );
    }
  });
  settings.sanitizers?.forEach((s, i) => {
    if (!s.name && !((s.module || s.global) && s.path !== undefined)) {
      throw new ConfigError(
        `Invalid PII Guard configuration in ${source}: "sanitizers[${i}]" needs "name", or "module"/"global" with "path".`,
        source,
        `sanitizers[${i}]`,
      );
    }
  });
  return settings;
}
