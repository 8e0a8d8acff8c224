/** The requirement catalog's public face: lookups, titles, framework groups and ordering. */
import { REQUIREMENTS } from './catalog.js';
import type { Framework, Requirement } from './types.js';

export type { Detectability, Framework, MappingInput, Requirement } from './types.js';
export { REQUIREMENTS } from './catalog.js';
export {
  ALWAYS_CITE,
  CONTEXT_RULES,
  DATA_GROUPS,
  DATA_RULES,
  PREFIX_ORDER,
  leakTriggerFor,
  requirementsFor,
  sortRequirementIds,
} from './mapping.js';
export type { ContextFlag, DataGroup, MappingRule } from './mapping.js';

export function getRequirement(id: string): Requirement | undefined {
  // Own properties only: an ID such as `constructor` must not resolve to Object.prototype members.
  return Object.hasOwn(REQUIREMENTS, id) ? REQUIREMENTS[id] : undefined;
}

/** The title in the given language; an unknown ID is returned as is so messages still read. */
export function requirementTitle(id: string, locale: 'en' | 'ja'): string {
  return getRequirement(id)?.title[locale] ?? id;
}

/** Prefix → framework for IDs outside the catalog; `APPI-R7-` before `APPI-` (first match wins). */
const FRAMEWORK_OF_PREFIX: readonly (readonly [string, Framework])[] = [
  ['TO-', 'take-out'],
  ['SM-', 'security-measure'],
  ['IR-', 'incident-response'],
  ['APPI-R7-', 'appi-rules'],
  ['APPI-', 'appi'],
  ['PPC-', 'ppc'],
  ['MYN-', 'my-number'],
  ['PMK-', 'pmark'],
  ['TEL-', 'telecom'],
  ['UCPA-', 'ucpa'],
  ['GDPR-', 'gdpr'],
  ['PCI4-', 'pci-dss'],
  ['HIPAA-', 'hipaa'],
  ['OWASP', 'owasp'],
  ['CWE-', 'cwe'],
];

/**
 * The framework an ID belongs to: from the catalog, else from its prefix.
 * @throws RangeError for an ID with no known prefix (a typo in configuration, not a runtime state).
 */
export function groupOf(id: string): Framework {
  const known = getRequirement(id);
  if (known) return known.framework;
  const match = FRAMEWORK_OF_PREFIX.find(([prefix]) => id.startsWith(prefix));
  if (!match) throw new RangeError(`Unknown requirement ID prefix: ${id}`);
  return match[1];
}
