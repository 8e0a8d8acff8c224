/**
 * Counts files as ESLint lints them, for the progress bar: a rule that reports nothing and ticks once per
 * file. In the main thread it calls the listener; in ESLint's worker threads it posts on a channel that
 * the main thread listens to (BroadcastChannel reaches every thread of the process).
 */
import { BroadcastChannel, isMainThread } from 'node:worker_threads';
import type { ESLint, Rule } from 'eslint';

const CHANNEL = 'pii-guard-progress';

let listener: (() => void) | null = null;
let channel: BroadcastChannel | null = null;

function tick(): void {
  if (isMainThread) {
    listener?.();
    return;
  }
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    // A worker must be able to end while the channel is open.
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  channel.postMessage(1);
}

const progressRule: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    // `day`: the day suppressions' expiry is judged by. It is only here so that ESLint's cache, keyed by the
    // config, does not keep yesterday's results once a suppression may have expired.
    schema: [{ type: 'object', properties: { day: { type: 'string' } }, additionalProperties: false }],
    docs: { description: 'Counts linted files for the progress bar (reports nothing)' },
  },
  create() {
    tick();
    return {};
  },
};

export const progressPlugin: ESLint.Plugin = {
  meta: { name: 'pii-guard-cli', version: '1' },
  rules: { progress: progressRule },
};

/** Calls `onFile` for every file linted in any thread until the returned function is called. */
export function watchProgress(onFile: () => void): () => void {
  listener = onFile;
  const incoming = new BroadcastChannel(CHANNEL);
  incoming.onmessage = () => onFile();
  return () => {
    listener = null;
    incoming.close();
  };
}
