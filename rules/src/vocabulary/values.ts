/**
 * Value-level detection in string literals: e-mail addresses, Japanese phone numbers, card numbers
 * (Luhn), My Numbers (check digit + label) and postal codes (〒 or label). Used by `no-hardcoded-pii`
 * and to raise confidence when a literal flows somewhere.
 *
 * Indices refer to the original text: width normalisation maps one UTF-16 unit to one, so offsets hold.
 */
import type { ValueMatch } from './types.js';

export interface ValueContext {
  /** The key, variable or label the literal is assigned to (`myNumber`, `電話番号`). */
  label?: string;
}

// ── checks ─────────────────────────────────────────────────────────────────────────────────────────

/** Full-width ASCII (！-～) → ASCII and the ideographic space → space; one unit for one, so indices hold. */
export function normalizeWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Dashes people type between digit groups (長音符 ー, minus sign, en/em dash...) → `-` (one unit for one). */
function normalizeDashes(s: string): string {
  return s.replace(/(?<=\d)[\u2010-\u2015\u2212\u30FC\uFF70](?=\d)/g, '-');
}

const onlyDigits = (s: string): string | null => {
  const d = s.replace(/[\s-]/g, '');
  return /^\d+$/.test(d) ? d : null;
};

/** Luhn (mod 10) over a digit string; spaces and hyphens are ignored. */
export function luhnValid(digits: string): boolean {
  const d = onlyDigits(digits);
  if (d === null || d.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/**
 * 個人番号 check digit (総務省令第85号 第5条, digest §3): with Pn the n-th of the first 11 digits counted
 * from the right, Qn = n+1 (n ≤ 6) or n−5 (n ≥ 7); r = ΣPn·Qn mod 11; check = 0 if r ≤ 1 else 11 − r.
 * `123456789018` passes.
 */
export function myNumberCheckDigitValid(digits: string): boolean {
  const d = onlyDigits(digits);
  if (d === null || d.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = d.charCodeAt(11 - n) - 48;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  const check = r <= 1 ? 0 : 11 - r;
  return check === d.charCodeAt(11) - 48;
}

/**
 * 法人番号 check digit (財務省令第70号 第2条, digest §3): 13 digits, check digit first;
 * check = 9 − (ΣPn·Qn mod 9), Pn the n-th digit of the 12-digit base from the right, Qn = 1 (odd n) / 2 (even n).
 * `4011001098993` and `7010705000725` pass.
 */
export function corporateNumberValid(digits: string): boolean {
  const d = onlyDigits(digits);
  if (d === null || d.length !== 13) return false;
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const p = d.charCodeAt(13 - n) - 48;
    sum += p * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9) === d.charCodeAt(0) - 48;
}

// ── data ───────────────────────────────────────────────────────────────────────────────────────────

/** Domains reserved for examples and tests (RFC 2606/6761) and well-known dummy domains. */
const TEST_DOMAINS = [
  'example.com', 'example.org', 'example.net', 'example.jp', 'example.co.jp', 'example.ne.jp', 'example.edu',
  'test.com', 'test.jp', 'test.co.jp', 'sample.com', 'sample.jp', 'sample.co.jp', 'dummy.com', 'hoge.com',
  'hoge.jp', 'fuga.com', 'foo.com', 'bar.com', 'foobar.com', 'localhost',
];
const TEST_TLDS = ['test', 'example', 'invalid', 'localhost', 'local'];
/** Organisations' no-reply senders: not a person's address. */
const NO_REPLY_LOCALS = /^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounces?)(?:[+.-].*)?$/i;
/** Role accounts: organisational, kept but at low confidence. */
const ROLE_LOCALS = new Set([
  'info', 'support', 'help', 'sales', 'contact', 'admin', 'administrator', 'office', 'team', 'hello', 'webmaster',
  'hostmaster', 'security', 'privacy', 'abuse', 'billing', 'jobs', 'careers', 'press', 'media', 'marketing', 'service',
  'customer-service', 'inquiry', 'otoiawase', 'reports', 'report', 'leads', 'reservations', 'reservation', 'yoyaku',
  'shop', 'store', 'web', 'callcenter', 'cs', 'ops', 'operations', 'notifications', 'notify', 'alerts', 'alert',
  'newsletter', 'news', 'orders', 'order', 'recruit', 'saiyo', 'hr', 'it', 'dev', 'devops', 'system', 'sysadmin',
  'root', 'staff', 'all', 'everyone', 'accounting', 'keiri', 'soumu', 'eigyo', 'kanri', 'uketsuke', 'managers',
  'group', 'dept', 'desk', 'helpdesk', 'feedback', 'partners', 'partner', 'legal', 'compliance', 'finance', 'payroll',
  // shared inboxes of Japanese shops, schools and offices (front-desk, class-1, charter@bus company, 事務局...)
  'front', 'frontdesk', 'class', 'charter', 'booking', 'reserve', 'event', 'entry', 'jimu', 'jimukyoku', 'kouhou',
  'soudan', 'somu', 'eigyou', 'center', 'madoguchi', 'toiawase',
]);
/** Product codes that pass Luhn by construction (JAN/EAN/GTIN check digits): not card numbers. */
const PRODUCT_CODE_LABEL = /jan|ean|gtin|barcode|isbn|upc|sku|バーコード|商品コード/i;
/** `logo@2x.png`, `icon@3x.webp`: asset names, not addresses. */
const FILE_TLDS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'bmp', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'css', 'scss',
  'json', 'map', 'html', 'htm', 'xml', 'yaml', 'yml', 'md', 'txt', 'wasm', 'woff', 'woff2', 'ttf', 'pdf', 'vue',
]);

const EMAIL_RE =
  /(?<![\w.%+-])([A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}|localhost)(?![\w-])/g;

/** Japanese mobile / IP-phone numbers: 070/080/090/050, 11 digits; the prefix sometimes in brackets, (090)2345-6789. */
const MOBILE_RE = /(?<![\d+-])(?:\(0[5789]0\)\s?|0[5789]0[-\s]?)\d{4}[-\s]?\d{4}(?!\d)(?!-\d)/g;
/** +81 numbers: the leading 0 of the national number dropped, optionally shown as (0). */
const INTL_RE = /(?<![\d+])\+81[-\s]?(?:\(0\)[-\s]?)?\d{1,4}[-\s]?\d{1,4}[-\s]?\d{4}(?!\d)(?!-\d)/g;
/** Landlines with separators: 0A-BBBB-CCCC, 0AA(BBB)CCCC, (0A)BBBB-CCCC; 10 digits in all. */
const LANDLINE_RE = /(?<![\d+-])(?:\(0\d{1,4}\)\s?\d{1,4}|0\d{1,4}(?:-|\s|\()\d{1,4}\)?)(?:-|\s)?\d{4}(?!\d)(?!-\d)/g;
/** Bare 10-digit landline, only when a label says phone. */
const BARE_LANDLINE_RE = /(?<![\d+-])0\d{9}(?!\d)(?!-\d)/g;
/** Business prefixes (toll-free 0120/0800, navi-dial 0570, 0990): organisations, not people. */
const BUSINESS_PREFIXES = ['0120', '0800', '0570', '0990'];
/**
 * Labels of an organisation's line (代表電話, 店舗TEL, `CLINIC_TEL`, `supportPhone`): a landline there is the
 * organisation's published number. A mobile keeps being reported: a small shop's 代表 is often the owner's.
 */
const ORG_LINE_LABEL =
  /代表|会社|本社|支社|支店|店舗|事務所|営業所|窓口|受付|問い?合わ?せ|フリーダイヤル|施設|病院|医院|クリニック|薬局|学校|company|corporate|office|store|shop|clinic|hospital|support|help-?desk|hotline|reception|front-?desk|headquarters|daihyou?|kaisha|tenpo|jimusho|uketsuke|madoguchi|toiawase/i;

/** 13–19 digits in groups separated by single spaces or hyphens. */
const CARD_RE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)(?!-\d)/g;
/** Issuer prefixes and lengths: only numbers that could be cards are reported (timestamps pass Luhn too). */
const CARD_BRANDS: ReadonlyArray<{ re: RegExp; lengths: readonly number[] }> = [
  { re: /^4/, lengths: [13, 16, 19] }, // Visa
  { re: /^(?:5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16] }, // Mastercard
  { re: /^3[47]/, lengths: [15] }, // American Express
  { re: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { re: /^3(?:0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { re: /^6(?:011|5|4[4-9])/, lengths: [16, 17, 18, 19] }, // Discover
  { re: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
];
/** Published test PANs (card networks, Stripe, PayPal/Braintree, GMO-PG...). */
const TEST_PANS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '4000000000000002',
  '4000000000009995', '4222222222222', '4012000033330026', '5555555555554444', '5105105105105100',
  '5200828282828210', '2223003122003222', '2221000000000009', '378282246310005', '371449635398431',
  '378734493671000', '6011111111111117', '6011000990139424', '6011000000000004', '3530111333300000',
  '3566002020360505', '3566111111111113', '30569309025904', '38520000023237', '36227206271667',
  '6200000000000005',
]);

/** 12 digits, optionally 4-4-4 with spaces or hyphens. */
const MY_NUMBER_RE = /(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)(?!-\d)/g;

const MY_NUMBER_LABEL = /個人番号|マイナンバー|my[\s_-]*number|kojin[\s_-]*ban?gou?|mainanba|individual[\s_-]*number/i;
const CORPORATE_LABEL = /法人番号|corporate[\s_-]*number|hou?jin[\s_-]*ban?gou?/i;
const PHONE_LABEL = /電話|携帯|tel(?![a-z])|phone|fax|denwa|keitai/i;
const POSTAL_LABEL = /郵便番号|〒|postal|post[\s_-]*code|zip|yu+bin/i;

const POSTAL_MARK_RE = /〒\s?(\d{3}-?\d{4})(?!\d)/g;
const POSTAL_RE = /(?<![\d-])\d{3}-\d{4}(?!\d)(?!-\d)/g;
const POSTAL_BARE_RE = /(?<![\d-])\d{7}(?!\d)/g;

// ── detection ──────────────────────────────────────────────────────────────────────────────────────

function isRepeatOrSequence(d: string): boolean {
  return /^(\d)\1*$/.test(d) || '01234567890123456789'.includes(d) || '98765432109876543210'.includes(d);
}

function emailMatches(text: string, norm: string, out: ValueMatch[]): void {
  for (const m of norm.matchAll(EMAIL_RE)) {
    const local = m[1] as string;
    const domain = (m[2] as string).toLowerCase();
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (FILE_TLDS.has(tld) && domain !== 'localhost') continue;
    if (NO_REPLY_LOCALS.test(local)) continue;
    if (local.toLowerCase() === 'git') continue; // git@github.com:org/repo
    const before = norm.slice(0, m.index);
    // user:pass@host in a URL is a credential problem, not an address; mailto: is an address.
    if (before.endsWith(':') && !/mailto:$/i.test(before)) continue;
    // https://key@o123.ingest.sentry.io/1: user info in a URL (a DSN), not an address.
    if (before.endsWith('//')) continue;
    const testValue =
      TEST_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) || TEST_TLDS.includes(tld);
    // `sales-managers@`, `billing+invoices@`: the first word of the local part names a role.
    const role = ROLE_LOCALS.has(local.toLowerCase()) || ROLE_LOCALS.has(local.toLowerCase().split(/[.+_-]/)[0] ?? '');
    out.push({
      kind: 'email',
      text: text.slice(m.index, m.index + m[0].length),
      index: m.index,
      confidence: testValue || role ? 'low' : 'high',
      check: 'format',
      testValue,
    });
  }
}

/** An organisation's own line: a sender number, or a number next to opening hours or 代表/受付 in the same text. */
const BUSINESS_PHONE_LABEL = /^(from|sender|caller_?id|from_?number|twilio_?number|company_?(tel|phone)|shop_?(tel|phone))$/i;
const BUSINESS_PHONE_CONTEXT = /\d{1,2}:\d{2}\s*[〜~～\-–]\s*\d{1,2}:\d{2}|代表|受付時間|営業時間|定休日|お問い?合わせ窓口/;

function phoneMatches(text: string, norm: string, label: string, out: ValueMatch[]): void {
  if (BUSINESS_PHONE_LABEL.test(label) || BUSINESS_PHONE_CONTEXT.test(norm)) return;
  const labelled = PHONE_LABEL.test(label) || PHONE_LABEL.test(norm);
  const orgLine = ORG_LINE_LABEL.test(label);
  const push = (index: number, raw: string, national: string, confidence: ValueMatch['confidence']): void => {
    if (BUSINESS_PREFIXES.some((p) => national.startsWith(p))) return;
    // The 8 digits after the mobile prefix or area code: 0000-0000, 1111-1111 and 1234-5678 are dummies.
    const rest = national.slice(-8);
    // 0000-0001, 0000-0002: numbered dummies.
    const testValue = /^(\d)\1{7}$/.test(rest) || rest === '12345678' || /^0{6}\d{2}$/.test(rest);
    // Landlines ending in 0000 are organisations' main lines (代表番号); mobiles are never issued that way.
    if (!testValue && !/^0[5789]0/.test(national) && national.endsWith('0000')) return;
    out.push({ kind: 'phone', text: text.slice(index, index + raw.length), index, confidence: testValue ? 'low' : confidence, check: 'format', testValue });
  };
  for (const m of norm.matchAll(MOBILE_RE)) {
    push(m.index, m[0], m[0].replace(/\D/g, ''), 'high');
  }
  for (const m of norm.matchAll(INTL_RE)) {
    const national = `0${m[0].replace(/\(0\)/, '').replace(/\D/g, '').slice(2)}`;
    if (national.length !== 10 && national.length !== 11) continue;
    if (national.length === 11 && !/^0[5789]0/.test(national)) continue;
    if (orgLine && national.length === 10) continue;
    push(m.index, m[0], national, 'high');
  }
  for (const m of norm.matchAll(LANDLINE_RE)) {
    const national = m[0].replace(/\D/g, '');
    if (national.length !== 10 || /^0[5789]0/.test(national) || orgLine) continue;
    push(m.index, m[0], national, labelled ? 'high' : 'medium');
  }
  if (labelled && !orgLine) {
    for (const m of norm.matchAll(BARE_LANDLINE_RE)) {
      if (/^0[5789]0/.test(m[0])) continue;
      push(m.index, m[0], m[0], 'medium');
    }
  }
}

function cardGroupsPlausible(raw: string): boolean {
  if (!/[ -]/.test(raw)) return true;
  const groups = raw.split(/[ -]/).map((g) => g.length);
  const body = groups.slice(0, -1);
  if (body.every((g) => g === 4)) return true;
  // Amex 4-6-5, Diners 4-6-4
  return groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4);
}

function cardMatches(text: string, norm: string, label: string, out: ValueMatch[]): void {
  const corporate = CORPORATE_LABEL.test(label) || CORPORATE_LABEL.test(norm);
  if (PRODUCT_CODE_LABEL.test(label)) return;
  for (const m of norm.matchAll(CARD_RE)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (!cardGroupsPlausible(raw)) continue;
    // A labelled 法人番号 is published corporate data, even when it happens to pass Luhn as a 13-digit Visa.
    if (corporate && corporateNumberValid(digits)) continue;
    if (!CARD_BRANDS.some((b) => b.re.test(digits) && b.lengths.includes(digits.length))) continue;
    if (!luhnValid(digits)) continue;
    const testValue = TEST_PANS.has(digits) || /^(\d)\1+$/.test(digits.slice(1)) || /^(\d{4})\1+$/.test(digits);
    out.push({
      kind: 'creditCardNumber',
      text: text.slice(m.index, m.index + raw.length),
      index: m.index,
      // 13-digit Visa numbers are long retired; 13 digits are far more often JAN/EAN codes.
      confidence: testValue ? 'low' : digits.length === 13 ? 'medium' : 'high',
      check: 'luhn',
      testValue,
    });
  }
}

function myNumberMatches(text: string, norm: string, label: string, out: ValueMatch[]): void {
  const labelled = MY_NUMBER_LABEL.test(label) || MY_NUMBER_LABEL.test(norm);
  if (!labelled || CORPORATE_LABEL.test(label)) return;
  for (const m of norm.matchAll(MY_NUMBER_RE)) {
    const digits = m[0].replace(/\D/g, '');
    if (!myNumberCheckDigitValid(digits)) continue;
    const testValue = digits === '123456789018' || isRepeatOrSequence(digits.slice(0, 11));
    out.push({
      kind: 'myNumber',
      text: text.slice(m.index, m.index + m[0].length),
      index: m.index,
      confidence: testValue ? 'low' : 'high',
      check: 'my-number-check-digit',
      testValue,
    });
  }
}

function postalMatches(text: string, norm: string, label: string, out: ValueMatch[]): void {
  const push = (index: number, raw: string, confidence: ValueMatch['confidence']): void => {
    const d = raw.replace(/\D/g, '');
    const testValue = /^0+$/.test(d) || d === '1234567';
    out.push({ kind: 'postalCode', text: text.slice(index, index + raw.length), index, confidence: testValue ? 'low' : confidence, check: 'format', testValue });
  };
  const seen = new Set<number>();
  for (const m of norm.matchAll(POSTAL_MARK_RE)) {
    const code = m[1] as string;
    const index = m.index + m[0].indexOf(code);
    seen.add(index);
    push(index, code, 'high');
  }
  if (!POSTAL_LABEL.test(label) && !/郵便番号/.test(norm)) return;
  for (const m of norm.matchAll(POSTAL_RE)) if (!seen.has(m.index)) push(m.index, m[0], 'medium');
  if (POSTAL_LABEL.test(label)) for (const m of norm.matchAll(POSTAL_BARE_RE)) if (!seen.has(m.index)) push(m.index, m[0], 'medium');
}

/** Kinds in order of precedence when two matches overlap (an e-mail address can hold digits...). */
const PRECEDENCE = ['email', 'creditCardNumber', 'myNumber', 'phone', 'postalCode'];

/** Personal-data values in a string literal, in text order. */
export function findValues(text: string, ctx: ValueContext = {}): ValueMatch[] {
  if (text.length < 5) return [];
  const norm = normalizeDashes(normalizeWidth(text));
  const label = normalizeWidth(ctx.label ?? '');
  const found: ValueMatch[] = [];
  if (norm.includes('@')) emailMatches(text, norm, found);
  if (/\d/.test(norm)) {
    cardMatches(text, norm, label, found);
    myNumberMatches(text, norm, label, found);
    phoneMatches(text, norm, label, found);
    postalMatches(text, norm, label, found);
  }
  found.sort((a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind) || a.index - b.index);
  const kept: ValueMatch[] = [];
  for (const v of found) {
    const end = v.index + v.text.length;
    if (kept.some((k) => v.index < k.index + k.text.length && k.index < end)) continue;
    kept.push(v);
  }
  return kept.sort((a, b) => a.index - b.index);
}
