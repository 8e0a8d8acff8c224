/**
 * Kinds that are references to a person rather than facts about them. Logging or sending a reference
 * (a user ID) instead of the value is what SM-LOG recommends, so on their own they are low confidence,
 * and next to real personal data they are not listed.
 */
export const REFERENCE_KINDS: ReadonlySet<string> = new Set(['customerId']);

/**
 * Quasi-identifiers that are personal data worth a finding on their own: a birth date narrows a person
 * down far more than an age or a gender does.
 */
export const STRONG_ALONE: ReadonlySet<string> = new Set(['birthDate']);
