/**
 * The `security-severity` score (0.0–10.0, as GitHub code scanning reads it) of a finding, from the most
 * sensitive data tier that reaches the sink. GitHub's bands: ≥ 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium,
 * 0.1–3.9 low. A leak of the high tiers is reportable from one person or opens other data; direct
 * identifiers are ordinary personal data; quasi- and online identifiers identify only in combination.
 * The table is documented in rules/docs/reports.md: change both together.
 */
import type { ReportedFinding } from '../report/model.js';
import { TIERS, type Tier } from '../vocabulary/types.js';

export const TIER_SECURITY_SEVERITY: Readonly<Record<Tier, number>> = {
  'national-id': 8.8,
  'special-care': 8.8,
  financial: 8.5,
  credential: 8.5,
  biometric: 8.2,
  'direct-identifier': 6.0,
  'quasi-identifier': 3.5,
  'online-identifier': 3.0,
};

/** For a finding that names no data tier (the suppression rule's own findings). */
export const DEFAULT_SECURITY_SEVERITY = 5.0;

/** The most sensitive tier among the finding's data, in the vocabulary's order (highest first). */
export function topTier(f: Pick<ReportedFinding, 'data'>): Tier | undefined {
  let best: Tier | undefined;
  for (const d of f.data ?? []) {
    if (best === undefined || TIERS.indexOf(d.tier) < TIERS.indexOf(best)) best = d.tier;
  }
  return best;
}

export function securitySeverity(f: Pick<ReportedFinding, 'data'>): number {
  const tier = topTier(f);
  return tier === undefined ? DEFAULT_SECURITY_SEVERITY : TIER_SECURITY_SEVERITY[tier];
}

/** GitHub wants the score as a string with one decimal. */
export const severityString = (n: number): string => n.toFixed(1);
