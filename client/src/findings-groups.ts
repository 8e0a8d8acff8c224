/**
 * Groups findings the way a reviewer reads them: under each requirement they touch (take-out rules
 * first) and under each kind of personal data. A finding sits in every group it belongs to.
 */
// mapping.ts, not the requirements index: the index pulls in the whole catalog, the client needs the order only.
import { sortRequirementIds } from '../../rules/src/requirements/mapping.js';
import type { WorkspaceFinding } from '../../server/src/protocol.js';

export interface FindingGroup {
  /** Requirement ID or data kind ID; empty for findings that name none. */
  id: string;
  /** Requirement title or data kind label (the ID when the server gave none). */
  label: string;
  findings: WorkspaceFinding[];
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** By file, then position. */
export function compareFindings(a: WorkspaceFinding, b: WorkspaceFinding): number {
  return (
    natural.compare(a.path, b.path) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    natural.compare(a.ruleId, b.ruleId)
  );
}

function group(findings: readonly WorkspaceFinding[], keysOf: (f: WorkspaceFinding) => Array<{ id: string; label: string }>): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const keys = keysOf(finding);
    const seen = new Set<string>();
    for (const { id, label } of keys.length > 0 ? keys : [{ id: '', label: '' }]) {
      if (seen.has(id)) continue;
      seen.add(id);
      let entry = groups.get(id);
      if (!entry) {
        entry = { id, label: label || id, findings: [] };
        groups.set(id, entry);
      }
      entry.findings.push(finding);
    }
  }
  for (const entry of groups.values()) entry.findings.sort(compareFindings);
  return [...groups.values()];
}

/** One group per requirement ID, in the rules' catalog order (sortRequirementIds: take-out rules first). */
export function groupByRequirement(findings: readonly WorkspaceFinding[]): FindingGroup[] {
  const groups = group(findings, (f) => f.requirements.map((r) => ({ id: r.id, label: r.title })));
  const rank = new Map(sortRequirementIds(groups.map((g) => g.id)).map((id, i) => [id, i]));
  return groups.sort((a, b) => Number(a.id === '') - Number(b.id === '') || rank.get(a.id)! - rank.get(b.id)!);
}

/** One group per data kind, the most frequent first. */
export function groupByKind(findings: readonly WorkspaceFinding[]): FindingGroup[] {
  return group(findings, (f) => f.kinds.map((k) => ({ id: k.id, label: k.label }))).sort(
    (a, b) => Number(a.id === '') - Number(b.id === '') || b.findings.length - a.findings.length || natural.compare(a.label, b.label),
  );
}
