/**
 * The personal-data vocabulary: which names and values mean which personal data.
 * Pure data types; no ESLint or LSP types here.
 */

/** Tiers from the requirements digest §6.1, highest first. */
export type Tier =
  | 'national-id'
  | 'special-care'
  | 'financial'
  | 'credential'
  | 'biometric'
  | 'direct-identifier'
  | 'quasi-identifier'
  | 'online-identifier';

export const TIERS: readonly Tier[] = [
  'national-id',
  'special-care',
  'financial',
  'credential',
  'biometric',
  'direct-identifier',
  'quasi-identifier',
  'online-identifier',
];

export type Confidence = 'high' | 'medium' | 'low';

export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 1, medium: 2, high: 3 };

export interface LocalizedText {
  en: string;
  ja: string;
}

/** How a name is written: an English token, a romanized Japanese token, or Japanese script. */
export type Script = 'en' | 'romaji' | 'ja';

/**
 * One personal-data kind (digest §6.2).
 * `id` is stable and used in findings, configuration and policy (`email`, `myNumber`...).
 */
export interface DataKind {
  id: string;
  tier: Tier;
  /** Sub-tier, e.g. `my-number` for myNumber. */
  subTier?: string;
  label: LocalizedText;
  /**
   * Requirement IDs a leak of this kind triggers on its own (APPI Rules Art. 7 items, MYN-BREACH...).
   * Empty when only R7-3/R7-4 (which apply to every kind) would apply.
   */
  leakTriggers: string[];
  /** Extra requirement IDs always cited for this kind (GDPR-9-1, PCI4-3.5.1, APPI-REL...). */
  requirements: string[];
  /** True when a leak is reportable to the PPC from a single person (R7-1, R7-2, MYN-BREACH). */
  reportableFromOne: boolean;
  /** Flag 金融機微 (finance-sensitive) extras. */
  financeSensitive?: boolean;
}

/** Where a name was seen; context raises or lowers confidence. */
export type NameRole =
  /** a variable, parameter or destructured binding name */
  | 'identifier'
  /** a property access `obj.prop` / `obj['prop']` */
  | 'property'
  /** an object literal key `{ prop: v }` */
  | 'key'
  /** a method name whose result is data: `user.getEmail()` */
  | 'method';

export interface NameContext {
  role: NameRole;
  /**
   * The receiver chain when the name is a property/key, as source text split in segments:
   * `req.body.customer.name` gives receiver `['req', 'body', 'customer']` for `name`.
   * Empty when unknown.
   */
  receiver?: readonly string[];
  /** Names of sibling keys in the same object/record, when known (raises confidence for weak terms). */
  siblings?: readonly string[];
  /** True when the file shows Japanese context (My Number, kanji field names...). */
  japaneseContext?: boolean;
}

export interface NameMatch {
  kind: string;
  /** The vocabulary term that matched, as written in the vocabulary (`email`, `denwaBango`, `氏名`). */
  term: string;
  confidence: Confidence;
  script: Script;
}

/** A value found in a literal: an email, phone, card number, My Number... */
export interface ValueMatch {
  kind: string;
  /** The matched text, as written in the source. */
  text: string;
  /** Offset of the match inside the string. */
  index: number;
  confidence: Confidence;
  /** Why: `luhn`, `my-number-check-digit`, `format`... */
  check: string;
  /** True for well-known test values (example.com, 4111 1111 1111 1111, 090-0000-0000). */
  testValue: boolean;
}
