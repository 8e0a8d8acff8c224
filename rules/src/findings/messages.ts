/**
 * Finding messages, English and Japanese, as templates with ESLint-style `{{placeholders}}`.
 * The ESLint rules declare these as `meta.messages`; every other front end renders them with `render`.
 */
import type { FindingReason, Locale, RuleName } from './model.js';

export type MessageId =
  | 'unprotected'
  | 'wholeRecord'
  | 'weakProtection'
  | 'insecureTransport'
  | 'inUrl'
  | 'errorMessage'
  | 'hardcoded';

export const MESSAGE_ID_OF: Record<FindingReason, MessageId> = {
  unprotected: 'unprotected',
  'whole-record': 'wholeRecord',
  'weak-protection': 'weakProtection',
  'insecure-transport': 'insecureTransport',
  'in-url': 'inUrl',
  'error-message': 'errorMessage',
  hardcoded: 'hardcoded',
};

type Templates = Partial<Record<MessageId, { en: string; ja: string }>>;

const TAIL = { en: ' {{requirements}}{{reportable}}', ja: ' {{requirements}}{{reportable}}' };

function t(en: string, ja: string): { en: string; ja: string } {
  return { en: en + TAIL.en, ja: ja + TAIL.ja };
}

export const TEMPLATES: Record<RuleName, Templates> = {
  'no-pii-in-logs': {
    unprotected: t(
      'Personal data ({{data}}) is written to a log by {{sink}}. Log a reference (ID, count), not the value, or mask it.',
      '個人情報({{data}})が{{sink}}でログに出力されています。値ではなく参照(ID・件数)を記録するか、マスキングしてください。',
    ),
    wholeRecord: t(
      'A whole record with personal data ({{data}}) is written to a log by {{sink}}. Log only the fields needed, such as the ID.',
      '個人情報を含むレコード全体({{data}})が{{sink}}でログに出力されています。IDなど必要な項目だけを記録してください。',
    ),
    weakProtection: t(
      'Personal data ({{data}}) is written to a log by {{sink}} protected only by {{protection}}, which is not strong encryption. Mask it or log a reference.',
      '個人情報({{data}})が{{protection}}だけで保護された状態で{{sink}}からログに出力されています。これは高度な暗号化ではありません。マスキングするか参照を記録してください。',
    ),
    errorMessage: t(
      'An error message built from personal data ({{data}}) by {{sink}} ends up in logs and error trackers. Put a reference (ID) in the message instead.',
      '個人情報({{data}})を含むエラーメッセージ({{sink}})はログやエラー監視に残ります。メッセージには参照(ID)を入れてください。',
    ),
  },
  'no-unprotected-pii-export': {
    unprotected: t(
      'Personal data ({{data}}) is exported by {{sink}} without encryption. Encrypt it with a managed key, or export only what is needed.',
      '個人情報({{data}})が暗号化されずに{{sink}}で持ち出されています。管理された鍵で暗号化するか、必要な項目だけにしてください。',
    ),
    wholeRecord: t(
      'A whole record with personal data ({{data}}) is exported by {{sink}}. Export only the fields needed, encrypted.',
      '個人情報を含むレコード全体({{data}})が{{sink}}で持ち出されています。必要な項目だけを暗号化して持ち出してください。',
    ),
    weakProtection: t(
      'Personal data ({{data}}) is exported by {{sink}} protected only by {{protection}}, which is not strong encryption.',
      '個人情報({{data}})が{{protection}}だけで保護された状態で{{sink}}から持ち出されています。これは高度な暗号化ではありません。',
    ),
  },
  'no-unprotected-pii-transmission': {
    unprotected: t(
      'Personal data ({{data}}) is sent to {{destination}} by {{sink}} without masking or encryption. Send only what the recipient needs, pseudonymised where possible.',
      '個人情報({{data}})がマスキングや暗号化なしに{{sink}}で{{destination}}へ送信されています。相手に必要な項目だけを、可能なら仮名化して送ってください。',
    ),
    wholeRecord: t(
      'A whole record with personal data ({{data}}) is sent to {{destination}} by {{sink}}. Send only the fields the recipient needs.',
      '個人情報を含むレコード全体({{data}})が{{sink}}で{{destination}}へ送信されています。相手に必要な項目だけを送ってください。',
    ),
    weakProtection: t(
      'Personal data ({{data}}) is sent to {{destination}} by {{sink}} protected only by {{protection}}, which is not strong encryption.',
      '個人情報({{data}})が{{protection}}だけで保護された状態で{{sink}}から{{destination}}へ送信されています。これは高度な暗号化ではありません。',
    ),
    insecureTransport: t(
      'Personal data ({{data}}) is sent by {{sink}} over an unencrypted or unverified connection ({{destination}}). Use https:// or wss:// and keep TLS verification on.',
      '個人情報({{data}})が{{sink}}で暗号化されていない、または検証されていない通信({{destination}})で送信されています。https:// / wss:// を使いTLS検証を有効にしてください。',
    ),
    inUrl: t(
      'Personal data ({{data}}) is placed in a URL by {{sink}}; URLs end up in access logs, browser history and referrers. Send it in the request body.',
      '個人情報({{data}})が{{sink}}でURLに含まれています。URLはアクセスログ・閲覧履歴・リファラに残ります。リクエスト本文で送ってください。',
    ),
  },
  'no-hardcoded-pii': {
    hardcoded: t(
      'Personal data ({{data}}) is written in the source code. Keep real personal data out of code, fixtures and seeds; use obviously fake values.',
      '個人情報({{data}})がソースコードに直接書かれています。実在の個人情報をコード・テストデータ・シードに入れず、明らかな架空の値を使ってください。',
    ),
  },
};

/** `meta.messages` for a rule: each message id in English, and with a `Ja` suffix in Japanese. */
export function eslintMessages(rule: RuleName): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(TEMPLATES[rule])) {
    out[id] = text.en;
    out[`${id}Ja`] = text.ja;
  }
  return out;
}

export function messageIdFor(reason: FindingReason, locale: Locale): string {
  const id = MESSAGE_ID_OF[reason];
  return locale === 'ja' ? `${id}Ja` : id;
}

export function render(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? data[key]! : whole));
}
