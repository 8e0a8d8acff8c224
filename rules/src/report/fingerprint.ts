/**
 * Fingerprints: the identity of a finding that survives line shifts and reformatting of unrelated code,
 * for baselines and SARIF `partialFingerprints`.
 *
 * Built from what the finding is (rule, file, sink, reason, data kinds and paths, the sink's own text with
 * whitespace removed), never from where it is; identical findings in one file are told apart by their order.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../findings/model.js';

/** The `partialFingerprints` key in SARIF; bump the version when the recipe changes. */
export const FINGERPRINT_KEY = 'piiGuardFinding/v1';

const squeeze = (s: string): string => s.replace(/\s+/g, '');

function identity(ruleId: string, filePath: string, source: string, f: Finding): string {
  const sinkText = squeeze(source.slice(f.offsets[0], f.offsets[1]));
  const data = f.data.map((d) => `${d.kind}=${squeeze(d.path)}`).sort();
  return [ruleId, filePath.replace(/\\/g, '/'), f.sink.id, f.reason, sinkText, ...data].join('\u0000');
}

/**
 * Fingerprints of a file's findings, in the order given (which must be source order so that the n-th of
 * several identical findings keeps its number).
 */
export function fingerprintFindings(
  filePath: string,
  source: string,
  findings: ReadonlyArray<Finding & { ruleId: string }>,
): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const id = identity(f.ruleId, filePath, source, f);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return createHash('sha256').update(`${id}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
