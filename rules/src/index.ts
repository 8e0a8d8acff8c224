/**
 * eslint-plugin-pii-guard: finds personal data that is logged, exported or sent without encryption or
 * masking, and cites the take-out rules and security measures it touches.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import { rules } from './rules/index.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type FlatConfig = TSESLint.FlatConfig.Config;

const plugin = {
  meta: { name: pkg.name, version: pkg.version },
  rules,
  configs: {} as { recommended: FlatConfig; strict: FlatConfig },
};

const pluginRef = plugin as unknown as TSESLint.FlatConfig.Plugin;

plugin.configs.recommended = {
  name: 'pii-guard/recommended',
  plugins: { 'pii-guard': pluginRef },
  rules: {
    'pii-guard/no-pii-in-logs': 'error',
    'pii-guard/no-unprotected-pii-export': 'error',
    'pii-guard/no-unprotected-pii-transmission': 'error',
    'pii-guard/no-hardcoded-pii': 'warn',
    'pii-guard/require-suppression-reason': 'error',
  },
};

// strict also reports low-confidence findings: data of unknown destination, quasi-identifiers alone,
// names read through unknown functions.
plugin.configs.strict = {
  name: 'pii-guard/strict',
  plugins: { 'pii-guard': pluginRef },
  rules: {
    'pii-guard/no-pii-in-logs': ['error', { minConfidence: 'low' }],
    'pii-guard/no-unprotected-pii-export': ['error', { minConfidence: 'low' }],
    'pii-guard/no-unprotected-pii-transmission': ['error', { minConfidence: 'low' }],
    'pii-guard/no-hardcoded-pii': ['error', { minConfidence: 'low', allowTestValues: false }],
    'pii-guard/require-suppression-reason': ['error', { minConfidence: 'low', allowTestValues: false }],
  },
};

export { rules };
export default plugin;
