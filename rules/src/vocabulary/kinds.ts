/**
 * The personal-data kinds (requirements digest §6.2), with tier, labels and the requirement IDs a leak
 * of each kind touches. Terms that name each kind live in `terms.ts`.
 *
 * Conventions:
 * - `leakTriggers`: APPI Rules Art. 7 items / MYN-BREACH this kind may hit on its own. R7-3 (malicious,
 *   incl. insider take-out) and R7-4 (>1,000 people) apply to every kind and are not listed.
 *   `bankAccount` lists APPI-R7-2 as *possible* (PPC Q&A 14-8: not immediate on its own), so its
 *   `reportableFromOne` is false.
 * - `requirements`: IDs always cited for the kind, on top of the per-sink mapping (digest §7).
 * - `financeSensitive`: the kind is 金融機微情報 (financial-sector guideline Art. 5): every 要配慮 kind plus
 *   労働組合, 門地 (socialStatus), 本籍地, 保健医療 (health) and 性生活 (sexualOrientation).
 */
import type { DataKind } from './types.js';

const SPECIAL_CARE_TRIGGER = ['APPI-R7-1'];

export const DATA_KINDS: Readonly<Record<string, DataKind>> = {
  // ── national-id: 個人識別符号 numbers ──────────────────────────────────────────────────────────
  myNumber: {
    id: 'myNumber',
    tier: 'national-id',
    subTier: 'my-number',
    label: { en: 'My Number (individual number)', ja: '個人番号(マイナンバー)' },
    leakTriggers: ['MYN-BREACH'],
    requirements: ['MYN-STORE', 'MYN-FILE', 'MYN-PROVIDE'],
    reportableFromOne: true,
  },
  passportNumber: {
    id: 'passportNumber',
    tier: 'national-id',
    label: { en: 'passport number', ja: '旅券番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  driverLicenseNumber: {
    id: 'driverLicenseNumber',
    tier: 'national-id',
    label: { en: "driver's licence number", ja: '運転免許証番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  pensionNumber: {
    id: 'pensionNumber',
    tier: 'national-id',
    label: { en: 'basic pension number', ja: '基礎年金番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  healthInsuranceNumber: {
    id: 'healthInsuranceNumber',
    tier: 'national-id',
    label: { en: 'health-insurance insured symbol/number', ja: '健康保険の被保険者記号・番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  residenceCardNumber: {
    id: 'residenceCardNumber',
    tier: 'national-id',
    label: { en: 'residence card number', ja: '在留カード番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  residentRecordCode: {
    id: 'residentRecordCode',
    tier: 'national-id',
    label: { en: 'resident record code', ja: '住民票コード' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },

  // ── special-care: 要配慮個人情報 / GDPR Art. 9 ───────────────────────────────────────────────
  health: {
    id: 'health',
    tier: 'special-care',
    label: { en: 'health or medical information', ja: '病歴・診療・健康診断等の情報' },
    leakTriggers: SPECIAL_CARE_TRIGGER,
    requirements: ['GDPR-9-1'],
    reportableFromOne: true,
    financeSensitive: true,
  },
  criminalRecord: {
    id: 'criminalRecord',
    tier: 'special-care',
    label: { en: 'criminal record', ja: '犯罪の経歴' },
    leakTriggers: SPECIAL_CARE_TRIGGER,
    requirements: [],
    reportableFromOne: true,
    financeSensitive: true,
  },
  crimeVictim: {
    id: 'crimeVictim',
    tier: 'special-care',
    label: { en: 'having been a victim of crime', ja: '犯罪により害を被った事実' },
    leakTriggers: SPECIAL_CARE_TRIGGER,
    requirements: [],
    reportableFromOne: true,
    financeSensitive: true,
  },
  raceEthnicity: {
    id: 'raceEthnicity',
    tier: 'special-care',
    label: { en: 'race or ethnic origin', ja: '人種・民族' },
    leakTriggers: SPECIAL_CARE_TRIGGER,
    requirements: ['GDPR-9-1'],
    reportableFromOne: true,
    financeSensitive: true,
  },
  creed: {
    id: 'creed',
    tier: 'special-care',
    label: { en: 'religious or political beliefs', ja: '信条(宗教・思想・支持政党)' },
    leakTriggers: SPECIAL_CARE_TRIGGER,
    requirements: ['GDPR-9-1'],
    reportableFromOne: true,
    financeSensitive: true,
  },
  socialStatus: {
    id: 'socialStatus',
    tier: 'special-care',
    label: { en: 'social status or lineage', ja: '社会的身分・門地' },
    leakTriggers: SPECIAL_CARE_TRIGGER,
    requirements: [],
    reportableFromOne: true,
    financeSensitive: true,
  },
  laborUnion: {
    id: 'laborUnion',
    // GDPR special category; not 要配慮 under APPI, so no R7-1.
    tier: 'special-care',
    label: { en: 'trade-union membership', ja: '労働組合への加盟' },
    leakTriggers: [],
    requirements: ['GDPR-9-1'],
    reportableFromOne: false,
    financeSensitive: true,
  },
  honseki: {
    id: 'honseki',
    tier: 'quasi-identifier',
    label: { en: 'registered domicile (honseki)', ja: '本籍地' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
    financeSensitive: true,
  },
  sexualOrientation: {
    id: 'sexualOrientation',
    // GDPR special category; not in the APPI 要配慮 list.
    tier: 'special-care',
    label: { en: 'sexual orientation or sex life', ja: '性的指向・性生活' },
    leakTriggers: [],
    requirements: ['GDPR-9-1'],
    reportableFromOne: false,
    financeSensitive: true,
  },

  // ── biometric: 個人識別符号 type 1 ─────────────────────────────────────────────────────────────
  biometric: {
    id: 'biometric',
    tier: 'biometric',
    label: { en: 'biometric data', ja: '生体情報(指紋・顔認証データ等)' },
    leakTriggers: [],
    requirements: ['GDPR-9-1'],
    reportableFromOne: false,
  },

  // ── financial ──────────────────────────────────────────────────────────────────────────────────
  creditCardNumber: {
    id: 'creditCardNumber',
    tier: 'financial',
    label: { en: 'credit card number (PAN)', ja: 'クレジットカード番号' },
    leakTriggers: ['APPI-R7-2'],
    requirements: ['PCI4-3.4.1', 'PCI4-3.5.1', 'PCI4-4.2.1'],
    reportableFromOne: true,
  },
  cardSecurityCode: {
    id: 'cardSecurityCode',
    tier: 'financial',
    label: { en: 'card security code (CVV/CVC)', ja: 'セキュリティコード' },
    leakTriggers: ['APPI-R7-2'],
    requirements: ['PCI4-3.3.1'],
    reportableFromOne: true,
  },
  cardExpiry: {
    id: 'cardExpiry',
    tier: 'financial',
    label: { en: 'card expiry date', ja: 'カードの有効期限' },
    // PPC Q&A 6-12: last four digits + expiry alone do not immediately qualify for R7-2.
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  bankAccount: {
    id: 'bankAccount',
    tier: 'financial',
    label: { en: 'bank account number', ja: '銀行口座番号' },
    leakTriggers: ['APPI-R7-2'],
    requirements: [],
    reportableFromOne: false,
  },
  paymentCredential: {
    id: 'paymentCredential',
    tier: 'financial',
    label: { en: 'payment PIN or banking credential', ja: '暗証番号・決済用認証情報' },
    leakTriggers: ['APPI-R7-2'],
    requirements: ['PCI4-3.3.1'],
    reportableFromOne: true,
  },

  // ── direct identifiers ─────────────────────────────────────────────────────────────────────────
  fullName: {
    id: 'fullName',
    tier: 'direct-identifier',
    label: { en: 'name', ja: '氏名' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  nameKana: {
    id: 'nameKana',
    tier: 'direct-identifier',
    label: { en: 'name reading (kana)', ja: '氏名のフリガナ' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  email: {
    id: 'email',
    tier: 'direct-identifier',
    label: { en: 'e-mail address', ja: 'メールアドレス' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  phone: {
    id: 'phone',
    tier: 'direct-identifier',
    label: { en: 'phone number', ja: '電話番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  address: {
    id: 'address',
    tier: 'direct-identifier',
    label: { en: 'postal address', ja: '住所' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  facePhoto: {
    id: 'facePhoto',
    tier: 'direct-identifier',
    label: { en: 'face photo or ID document image', ja: '顔写真・本人確認書類画像' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  customerId: {
    id: 'customerId',
    tier: 'direct-identifier',
    label: { en: 'customer, member or employee ID', ja: '会員番号・顧客番号・社員番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  loginId: {
    id: 'loginId',
    tier: 'direct-identifier',
    label: { en: 'login ID / user name', ja: 'ログインID・ユーザー名' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  personalRecord: {
    id: 'personalRecord',
    tier: 'direct-identifier',
    label: { en: 'personal record (whole object)', ja: '個人情報を含むレコード全体' },
    leakTriggers: [],
    // Logging or sending a whole record is a minimisation failure before anything else.
    requirements: ['TO-MIN', 'GDPR-5-1-c'],
    reportableFromOne: false,
  },

  // ── quasi-identifiers ──────────────────────────────────────────────────────────────────────────
  postalCode: {
    id: 'postalCode',
    tier: 'quasi-identifier',
    label: { en: 'postal code', ja: '郵便番号' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  birthDate: {
    id: 'birthDate',
    tier: 'quasi-identifier',
    label: { en: 'date of birth', ja: '生年月日' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  age: {
    id: 'age',
    tier: 'quasi-identifier',
    label: { en: 'age', ja: '年齢' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  gender: {
    id: 'gender',
    tier: 'quasi-identifier',
    label: { en: 'gender', ja: '性別' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  nationality: {
    id: 'nationality',
    tier: 'quasi-identifier',
    label: { en: 'nationality', ja: '国籍' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  employment: {
    id: 'employment',
    tier: 'quasi-identifier',
    label: { en: 'employment, occupation or income', ja: '勤務先・職業・年収' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },

  // ── online identifiers: usually 個人関連情報 in Japan, personal data under GDPR ───────────────────
  ipAddress: {
    id: 'ipAddress',
    tier: 'online-identifier',
    label: { en: 'IP address', ja: 'IPアドレス' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
  deviceId: {
    id: 'deviceId',
    tier: 'online-identifier',
    label: { en: 'device or advertising ID', ja: '端末ID・広告ID' },
    leakTriggers: [],
    requirements: ['APPI-REL', 'TEL-27-12'],
    reportableFromOne: false,
  },
  cookieId: {
    id: 'cookieId',
    tier: 'online-identifier',
    label: { en: 'cookie or visitor ID', ja: 'Cookie ID・訪問者ID' },
    leakTriggers: [],
    requirements: ['APPI-REL', 'TEL-27-12', 'CWE-539'],
    reportableFromOne: false,
  },
  location: {
    id: 'location',
    tier: 'online-identifier',
    label: { en: 'location data', ja: '位置情報' },
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },

  // ── credentials: not personal information by themselves, but leak-relevant ─────────────────────
  credential: {
    id: 'credential',
    tier: 'credential',
    label: { en: 'password, secret or access token', ja: 'パスワード・秘密鍵・アクセストークン' },
    // R7-2 only for payment/remittance services (◐), which code cannot tell: not listed.
    leakTriggers: [],
    requirements: [],
    reportableFromOne: false,
  },
};

/** The kind of a whole person record (`user`, `customer`, `patient`...). */
export const PERSONAL_RECORD_KIND = 'personalRecord';

/** A kind's label in a language; a kind this catalog does not know (a custom one) shows its ID. */
export function kindLabel(kind: string, locale: 'en' | 'ja'): string {
  return Object.hasOwn(DATA_KINDS, kind) ? DATA_KINDS[kind]!.label[locale] : kind;
}
