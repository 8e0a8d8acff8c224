import type { LocalizedText, Tier } from '../vocabulary/types.js';
import type { SinkFamily, SinkKind } from '../catalog/types.js';

/** Where a requirement comes from. */
export type Framework =
  | 'take-out'
  | 'security-measure'
  | 'incident-response'
  | 'appi'
  | 'appi-rules'
  | 'ppc'
  | 'my-number'
  | 'pmark'
  | 'gdpr'
  | 'owasp'
  | 'cwe'
  | 'pci-dss'
  | 'hipaa'
  | 'telecom'
  | 'ucpa';

/** C = code can show it, H = heuristic, O = organisational only (context in reports). */
export type Detectability = 'C' | 'H' | 'O';

export interface Requirement {
  id: string;
  framework: Framework;
  title: LocalizedText;
  /** Where it comes from: seed phrase, statute article, guideline section, standard clause. */
  source: string;
  detect: Detectability;
  /** Current article/clause number where the ID is semantic (APPI-SEC → "Art. 23"). */
  article?: string;
  /** A public page for the requirement, when there is a stable one. */
  url?: string;
  /** What to do about a finding that cites it (short, ja/en); present for code-detectable entries. */
  remedy?: LocalizedText;
}

/** Everything the mapping (digest §7) needs to choose requirement IDs for one finding. */
export interface MappingInput {
  sinkKind: SinkKind;
  family: SinkFamily;
  /** Tiers of the personal data reaching the sink. */
  tiers: Tier[];
  /** Kind ids of the personal data (`myNumber`, `creditCardNumber`, `cardSecurityCode`, `cookieId`...). */
  kinds: string[];
  /** A whole record (user object, spread) reaches the sink: minimisation. */
  wholeRecord: boolean;
  /** Plain-text transport (`http://`, `ws://`) or TLS verification disabled. */
  insecureTransport: boolean;
  /** The destination is a third party (SDK vendor, a host that is not first-party). */
  thirdParty: boolean;
  /** The destination is abroad (vendor country is not JP). */
  foreign: boolean;
  /** Personal data is placed in a URL or query string. */
  inUrl: boolean;
  /** A weak protection (Base64, unsalted hash, password ZIP) was applied: it is not 高度な暗号化. */
  weakProtection: boolean;
  /** An encryption key or password is hard-coded next to the data. */
  hardcodedKey: boolean;
  /** The log is shipped to a SaaS (Sentry, Datadog...). */
  shippedToSaas: boolean;
}
