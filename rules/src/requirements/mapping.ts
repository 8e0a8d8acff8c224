/**
 * Finding → requirement IDs (digest §7) and the breach-report trigger line (digest §2.4, §6.2).
 * The choice is data: a table of IDs always cited per sink kind, then rules that add IDs for the data
 * reaching the sink and for the context (sink family, destination, transport, URL, protection applied).
 * Every ID here must exist in REQUIREMENTS (checked by test/requirements).
 */
import type { SinkFamily, SinkKind } from '../catalog/types.js';
import type { Tier } from '../vocabulary/types.js';
import type { MappingInput } from './types.js';

// ── Data groups: the data a rule is about, matched on tiers and kind ids ──────────────────────────────────

/** Named sets of personal data that rules refer to. */
export type DataGroup =
  | 'appi-special-care'
  | 'r7-2-financial'
  | 'card-number'
  | 'card-security-code'
  | 'my-number'
  | 'credential'
  | 'online-identifier';

interface DataGroupSpec {
  /** Any of these kinds present. */
  kinds?: readonly string[];
  /** Or any of these tiers present... */
  tiers?: readonly Tier[];
  /**
   * ...unless one of these kinds is present: the tier is then taken to come from that kind, which does not
   * belong to the group (with only tiers and kinds as flat lists, a tier cannot be tied to its kind).
   */
  tierUnlessKinds?: readonly string[];
}

export const DATA_GROUPS: Readonly<Record<DataGroup, DataGroupSpec>> = {
  // 要配慮個人情報 (APPI Art. 2(3)). laborUnion and sexualOrientation sit in the special-care tier for GDPR
  // Art. 9 but are not 要配慮 under APPI (digest §6.2), so they do not trigger R7-1 or Art. 20(2).
  'appi-special-care': {
    kinds: ['health', 'criminalRecord', 'crimeVictim', 'raceEthnicity', 'creed', 'socialStatus'],
    tiers: ['special-care'],
    tierUnlessKinds: ['laborUnion', 'sexualOrientation'],
  },
  // Financial data under R7-2. Last four digits + expiry alone do not qualify (PPC Q&A 6-12).
  'r7-2-financial': {
    kinds: ['creditCardNumber', 'cardSecurityCode', 'paymentCredential', 'bankAccount'],
    tiers: ['financial'],
    tierUnlessKinds: ['cardExpiry'],
  },
  'card-number': { kinds: ['creditCardNumber'] },
  'card-security-code': { kinds: ['cardSecurityCode'] },
  'my-number': { kinds: ['myNumber'] },
  // paymentCredential (PIN, net-banking password) is financial + credential (digest §6.2).
  credential: { kinds: ['paymentCredential'], tiers: ['credential'] },
  // 個人関連情報 when it reaches a third party (APPI Art. 31, 外部送信規律).
  'online-identifier': { kinds: ['cookieId', 'deviceId', 'ipAddress', 'location'], tiers: ['online-identifier'] },
};

function inGroup(spec: DataGroupSpec, tiers: readonly string[], kinds: readonly string[]): boolean {
  if (spec.kinds?.some((k) => kinds.includes(k))) return true;
  if (!spec.tiers?.some((t) => tiers.includes(t))) return false;
  return !spec.tierUnlessKinds?.some((k) => kinds.includes(k));
}

// ── Context flags ─────────────────────────────────────────────────────────────────────────────────────────

/** Boolean facts of MappingInput, plus two derived ones. */
export type ContextFlag =
  | 'wholeRecord'
  | 'insecureTransport'
  | 'thirdParty'
  | 'foreign'
  | 'inUrl'
  | 'weakProtection'
  | 'hardcodedKey'
  | 'shippedToSaas'
  /**
   * Provision to a third party in the APPI sense: a third-party destination, except a log shipped to a SaaS,
   * which is outsourcing (委託, Art. 27(5)) and is cited as APPI-VEND instead.
   */
  | 'thirdPartyProvision'
  /** Data handed to an outside service at all: a third party or a log SaaS (My Number: both are 提供). */
  | 'leavesOrganisation';

function contextFlags(input: MappingInput): Set<ContextFlag> {
  const flags = new Set<ContextFlag>();
  const plain = [
    'wholeRecord',
    'insecureTransport',
    'thirdParty',
    'foreign',
    'inUrl',
    'weakProtection',
    'hardcodedKey',
    'shippedToSaas',
  ] as const;
  for (const f of plain) if (input[f]) flags.add(f);
  const outsourcedLog = input.sinkKind === 'log' && input.shippedToSaas;
  if (input.thirdParty && !outsourcedLog) flags.add('thirdPartyProvision');
  if (input.thirdParty || input.shippedToSaas) flags.add('leavesOrganisation');
  return flags;
}

// ── Rules ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface MappingRule {
  /** Sink kinds the rule applies to (all when absent). */
  sinks?: readonly SinkKind[];
  /** Sink families the rule applies to (all when absent). */
  families?: readonly SinkFamily[];
  /** The data must belong to this group. */
  data?: DataGroup;
  /** Every flag listed must be set. */
  flags?: readonly ContextFlag[];
  cite: readonly string[];
  /** Where the rule fires, for the reference page (docs/requirements.md). */
  context: string;
}

/** Digest §7 "Always cite", per sink kind. */
export const ALWAYS_CITE: Readonly<Record<SinkKind, readonly string[]>> = {
  log: [
    'TO-MIN',
    'SM-LOG', // log a reference, not the value
    'APPI-SEC',
    'PPC-GL-10-6-3',
    'PMK-J.9.2',
    'GDPR-5-1-c',
    'OWASP21-A09',
    'OWASP25-A09',
    'CWE-532',
  ],
  export: [
    'TO-ENC',
    'TO-MIN',
    'TO-DEL',
    'TO-APR',
    'SM-ENC',
    'APPI-SEC',
    'APPI-R7-ENC', // plaintext loses the encryption carve-out
    'PPC-GL-10-5-3',
    'PPC-GL-10-6-4',
    'GDPR-32-1-a',
    'GDPR-34-3-a',
  ],
  send: ['TO-MIN', 'APPI-SEC', 'CWE-201', 'CWE-359'],
};

/** Digest §7 "Add by tier": additions for the data reaching the sink. */
export const DATA_RULES: readonly MappingRule[] = [
  { data: 'appi-special-care', cite: ['APPI-R7-1'], context: 'special-care (要配慮) data' },
  { data: 'r7-2-financial', cite: ['APPI-R7-2'], context: 'card number, security code, payment credential or bank account' },
  // Logs are storage for PCI DSS (3.5.1 applicability notes); a send is covered by 4.2.x below.
  { data: 'card-number', sinks: ['log', 'export'], cite: ['PCI4-3.5.1'], context: 'card number (PAN) logged or stored' },
  { data: 'card-security-code', sinks: ['log', 'export'], cite: ['PCI4-3.3.1'], context: 'card security code (SAD) logged or stored' },
  { data: 'my-number', sinks: ['log', 'export'], cite: ['MYN-STORE', 'MYN-FILE'], context: 'My Number logged or stored' },
  { data: 'my-number', sinks: ['send'], cite: ['MYN-PROVIDE'], context: 'My Number sent' },
  // CWE-532 (always cited for logs) stays the primary weakness for a credential in a log.
  { data: 'credential', sinks: ['log', 'send'], cite: ['CWE-522'], context: 'credential (password, token, key) logged or sent' },
  { data: 'credential', sinks: ['export'], cite: ['CWE-312', 'CWE-522'], context: 'credential stored or exported' },
];

/** Digest §7 "Add by context": sink family, destination, transport, URL and protection. */
export const CONTEXT_RULES: readonly MappingRule[] = [
  { families: ['files', 'dumps', 'downloads'], cite: ['CWE-312', 'CWE-313'], context: 'file write, CSV/Excel/JSON dump or browser download' },
  { families: ['object-storage'], cite: ['CWE-312'], context: 'object-storage upload (S3, GCS, Azure Blob)' },
  { families: ['browser-storage'], cite: ['CWE-922'], context: 'localStorage / sessionStorage / IndexedDB' },
  { families: ['cookies'], cite: ['CWE-539'], context: 'cookie' },
  { families: ['errors'], cite: ['CWE-209'], context: 'error message built from personal data' },
  { flags: ['wholeRecord'], cite: ['TO-MIN', 'GDPR-5-1-c', 'GDPR-25'], context: 'a whole record reaches the sink' },
  { flags: ['insecureTransport'], cite: ['TO-NET', 'CWE-319'], context: 'plain-text transport (http://, ws://) or TLS verification off' },
  // PCI DSS only covers cardholder data: 4.2.x is cited for a card number, not for any personal data.
  { flags: ['insecureTransport'], data: 'card-number', cite: ['PCI4-4.2.1'], context: 'card number over plain-text transport' },
  { families: ['email', 'messaging'], data: 'card-number', cite: ['PCI4-4.2.2'], context: 'card number sent by e-mail or messaging' },
  { flags: ['thirdPartyProvision'], cite: ['APPI-3P', 'APPI-3P-REC'], context: 'third-party destination (SDK vendor, non-first-party host)' },
  { sinks: ['log'], flags: ['shippedToSaas'], cite: ['APPI-VEND'], context: 'log shipped to a SaaS (contractor, 委託)' },
  { flags: ['foreign'], cite: ['APPI-XB', 'PPC-GL-10-7'], context: 'destination abroad' },
  { flags: ['inUrl'], cite: ['CWE-598'], context: 'personal data in a URL or query string' },
  {
    flags: ['thirdPartyProvision'],
    data: 'online-identifier',
    cite: ['APPI-REL', 'TEL-27-12'],
    context: 'cookie/device ID, IP address or location to a third party',
  },
  {
    flags: ['thirdPartyProvision'],
    data: 'appi-special-care',
    cite: ['APPI-SENS-ACQ'],
    context: 'special-care data to a third party (the recipient needs consent to acquire it)',
  },
  // A My Number handed to any outside service is 提供 under Art. 19 (digest §3, §7 log row).
  { flags: ['leavesOrganisation'], data: 'my-number', cite: ['MYN-PROVIDE'], context: 'My Number to a third party or a log SaaS' },
  // Not 高度な暗号化 (digest §2.4): CWE-311 fits Base64, unsalted hashes and password ZIPs alike.
  { flags: ['weakProtection'], cite: ['APPI-R7-ENC', 'CWE-311'], context: 'weak protection applied (Base64, unsalted hash, password ZIP)' },
  { flags: ['hardcodedKey'], cite: ['TO-KEY', 'CWE-321'], context: 'encryption key or password hard-coded next to the data' },
];

function applies(rule: MappingRule, input: MappingInput, flags: ReadonlySet<ContextFlag>): boolean {
  if (rule.sinks && !rule.sinks.includes(input.sinkKind)) return false;
  if (rule.families && !rule.families.includes(input.family)) return false;
  if (rule.flags && !rule.flags.every((f) => flags.has(f))) return false;
  if (rule.data && !inGroup(DATA_GROUPS[rule.data], input.tiers, input.kinds)) return false;
  return true;
}

/** Requirement IDs for one finding: deduplicated, ordered by framework (take-out rules first). */
export function requirementsFor(input: MappingInput): string[] {
  const flags = contextFlags(input);
  const ids = new Set<string>(ALWAYS_CITE[input.sinkKind]);
  for (const rule of [...DATA_RULES, ...CONTEXT_RULES]) {
    if (applies(rule, input, flags)) for (const id of rule.cite) ids.add(id);
  }
  return sortRequirementIds([...ids]);
}

// ── Breach-report trigger line (APPI Rules Art. 7, My Number breach rule) ─────────────────────────────────

/** Kinds whose leak is reportable from one person under R7-2 (card number alone: PPC Q&A 6-12). */
const R7_2_KINDS: readonly string[] = ['creditCardNumber', 'cardSecurityCode', 'paymentCredential'];
/** R7-2 only "possible": an account number by itself does not immediately risk loss (PPC Q&A 14-8). */
const R7_2_POSSIBLE_KINDS: readonly string[] = ['bankAccount'];

/**
 * Which breach-report trigger a leak of this data would hit on its own. R7-1 (special-care), R7-2 (card
 * data, payment credentials) and MYN-BREACH are reportable from a single person; a bank account makes R7-2
 * possible, not certain. Otherwise only R7-3 (malicious, including insider take-out) and R7-4 (more than
 * 1,000 people) apply.
 */
export function leakTriggerFor(input: { tiers: Tier[]; kinds: string[] }): { ids: string[]; reportableFromOne: boolean } {
  const ids: string[] = [];
  let reportableFromOne = false;
  if (inGroup(DATA_GROUPS['appi-special-care'], input.tiers, input.kinds)) {
    ids.push('APPI-R7-1');
    reportableFromOne = true;
  }
  if (input.kinds.some((k) => R7_2_KINDS.includes(k))) {
    ids.push('APPI-R7-2');
    reportableFromOne = true;
  } else if (input.kinds.some((k) => R7_2_POSSIBLE_KINDS.includes(k))) {
    ids.push('APPI-R7-2');
  }
  // The kind vocabulary (DataKind.reportableFromOne) counts MYN-BREACH as reportable from one person.
  if (input.kinds.includes('myNumber')) {
    ids.push('MYN-BREACH');
    reportableFromOne = true;
  }
  if (ids.length === 0) return { ids: ['APPI-R7-3', 'APPI-R7-4'], reportableFromOne: false };
  return { ids: sortRequirementIds(ids), reportableFromOne };
}

// ── Ordering ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * ID prefixes in display order: take-out rules first, then security measures, Japanese law and guidance,
 * foreign law, industry standards, and weakness catalogues last. Longest prefixes are tried first.
 */
export const PREFIX_ORDER: readonly string[] = [
  'TO-',
  'SM-',
  'IR-',
  'APPI-',
  'PPC-',
  'MYN-',
  'PMK-',
  'TEL-',
  'UCPA-',
  'GDPR-',
  'PCI4-',
  'HIPAA-',
  'OWASP',
  'CWE-',
];

function prefixRank(id: string): number {
  const i = PREFIX_ORDER.findIndex((p) => id.startsWith(p));
  return i === -1 ? PREFIX_ORDER.length : i;
}

/** Natural order: digit runs compare as numbers (`PCI4-3.5.1` < `PCI4-10`, `CWE-201` < `CWE-1000`). */
function naturalCompare(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    // split() with a capture group puts digit runs at odd indexes.
    if (i % 2 === 1) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length; // '01' after '1', for a total order
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Sorts by framework (PREFIX_ORDER, unknown prefixes last), then in natural order; removes duplicates. */
export function sortRequirementIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => prefixRank(a) - prefixRank(b) || naturalCompare(a, b));
}
