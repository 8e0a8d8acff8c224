/** JSON Schema of the configuration (also the ESLint rule option schema). */
import type { JSONSchema4, JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';

const SINK_KINDS = ['log', 'export', 'send'];
const FAMILIES = [
  'loggers', 'errors', 'files', 'dumps', 'downloads', 'browser-storage', 'cookies', 'clipboard',
  'object-storage', 'http', 'realtime', 'beacon', 'email', 'analytics', 'monitoring', 'tokens', 'messaging',
];
const ROLES = ['data', 'url', 'query', 'options', 'recipient', 'destination', 'none'];

export const settingsSchema: JSONSchema4ObjectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    locale: { type: 'string', enum: ['en', 'ja'], description: 'Language of messages.' },
    minConfidence: { type: 'string', enum: ['high', 'medium', 'low'], description: 'Report findings at or above this confidence.' },
    names: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extra: { type: 'object', additionalProperties: { type: 'string' } },
        ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    sinks: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'path'],
        properties: {
          id: { type: 'string' },
          kind: { type: 'string', enum: SINK_KINDS },
          family: { type: 'string', enum: FAMILIES },
          module: { type: 'string', minLength: 1 },
          global: { type: 'string', minLength: 1 },
          path: { type: 'string' },
          construct: { type: 'boolean' },
          args: { type: 'array', items: { type: 'integer', minimum: 0 } },
          properties: { type: 'object', additionalProperties: { type: 'string', enum: ROLES } },
          receiverNames: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
      },
    },
    sanitizers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          module: { type: 'string', minLength: 1 },
          global: { type: 'string', minLength: 1 },
          path: { type: 'string' },
          name: { type: 'string', minLength: 1 },
          strength: { type: 'string', enum: ['encrypt', 'keyed-hash', 'mask'] },
        },
      },
    },
    firstPartyHosts: { type: 'array', items: { type: 'string', minLength: 1 } },
    policy: {
      type: 'object',
      additionalProperties: false,
      properties: {
        approved: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['reason'],
            properties: {
              kinds: { type: 'array', items: { type: 'string' } },
              sinks: { type: 'array', items: { type: 'string' } },
              destinations: { type: 'array', items: { type: 'string' } },
              reason: { type: 'string', minLength: 1 },
              approval: { type: 'string' },
            },
          },
        },
      },
    },
  },
};

/** Rule options: the same shape (rule options win over shared settings). */
export const ruleOptionsSchema: JSONSchema4[] = [settingsSchema];

/**
 * no-hardcoded-pii's options (the settings plus `checkComments` and `allowTestValues`), which
 * require-suppression-reason takes too, to judge directives against what that rule reports.
 */
export const hardcodedRuleOptionsSchema: JSONSchema4[] = [
  {
    ...settingsSchema,
    properties: {
      ...settingsSchema.properties,
      checkComments: { type: 'boolean' as const },
      allowTestValues: { type: 'boolean' as const },
    },
  },
];
