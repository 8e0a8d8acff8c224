/**
 * ESLint options module for multithreaded linting (`ESLint.fromOptionsModule`): every worker thread imports
 * this module by the same URL and builds the same config from the parameters in its query string, since
 * parsers and plugins cannot be copied between threads. Nothing imports it statically (top-level await).
 */
import { isMainThread } from 'node:worker_threads';
import type { ESLint } from 'eslint';
import { buildConfig, eslintOptions, interceptWarnings, paramsFromUrl } from './eslint-config.js';

/**
 * A worker emits its own ESLint warnings as process warnings; the `eslint-env` deprecation is about the
 * project's ESLint setup, not personal data, and the command leaves it out in the main thread too. ESLint
 * makes a worker's warning service after loading this module, so replacing emitWarning here reaches it.
 */
function quietWorkerWarnings(): void {
  interceptWarnings((_, type) => type === 'ESLintEnvWarning');
}

async function fromUrl(): Promise<ESLint.Options> {
  const params = paramsFromUrl(import.meta.url);
  // Imported without parameters (by a tool listing modules): nothing to build.
  if (!params) return {};
  if (!isMainThread) quietWorkerWarnings();
  const { full } = await buildConfig(params);
  return eslintOptions(params, full);
}

export default await fromUrl();
