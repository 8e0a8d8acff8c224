/**
 * The engine's public API for the language server, the CLI and the report formatters:
 * the finding model, the per-file analysis and the catalogs, with no ESLint rule plumbing.
 */
export type * from './findings/model.js';
export type { PiiGuardSettings, ApprovedFlow, ExtraSink, ExtraSanitizer } from './config/types.js';
export { getFileAnalysis, analysesOf, FileAnalysis } from './analysis/engine.js';
export { configFromEslint, resolveConfig, type ResolvedConfig } from './config/resolve.js';
export { validateSettings, ConfigError } from './config/validate.js';
export { REQUIREMENTS, getRequirement, requirementTitle } from './requirements/index.js';
export { DATA_KINDS, kindLabel } from './vocabulary/kinds.js';
export { SINKS, SANITIZERS } from './catalog/index.js';
export { TEMPLATES } from './findings/messages.js';
export { suppressionReportsOf, type SuppressionReport } from './rules/require-suppression-reason.js';
