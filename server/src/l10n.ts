/**
 * The server's own words (hover labels, quick-fix titles, problems), in English and Japanese.
 * Finding messages come from the engine; only what the server adds around them lives here.
 */
import type { DataItem, Locale } from 'eslint-plugin-pii-guard/engine';

type Tier = DataItem['tier'];

export interface ServerStrings {
  tiers: Record<Tier, string>;
  sinkKinds: Record<'log' | 'export' | 'send', string>;
  confidence: Record<'high' | 'medium' | 'low', string>;
  severity: Record<'error' | 'warning' | 'info', string>;
  hover: {
    data: string;
    sink: string;
    destination: string;
    firstParty: string;
    insecure: string;
    requirements: string;
    breach: string;
    reportableFromOne: (ids: string) => string;
    notReportableFromOne: string;
    fix: string;
    docs: string;
    moreRequirements: (n: number) => string;
    confidenceLabel: string;
  };
  related: {
    origin: (label: string, path: string) => string;
    step: (text: string) => string;
  };
  actions: {
    wrap: (helper: string, what: string) => string;
    drop: (field: string, sink: string) => string;
    suppress: (rule: string) => string;
    fixAll: (helper: string, n: number) => string;
    addReason: string;
    reasonPlaceholder: string;
  };
  problems: {
    notParsed: (message: string) => string;
    tooLarge: (file: string, size: string, limit: string) => string;
    binary: (file: string) => string;
    configInvalid: (message: string) => string;
    settingsInvalid: (message: string) => string;
    lintFailed: (file: string, message: string) => string;
    scanUnreadable: (message: string) => string;
  };
  scan: {
    title: string;
    progress: (done: number, total: number) => string;
  };
}

const en: ServerStrings = {
  tiers: {
    'national-id': 'national ID (My Number and other official numbers)',
    'special-care': 'special-care personal information',
    financial: 'financial / card data',
    credential: 'credential',
    biometric: 'biometric data',
    'direct-identifier': 'direct identifier (name, contact details)',
    'quasi-identifier': 'quasi-identifier (birth date, postcode...)',
    'online-identifier': 'online identifier (cookie, device ID...)',
  },
  sinkKinds: { log: 'log', export: 'export', send: 'transmission' },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  severity: { error: 'Error', warning: 'Warning', info: 'Information' },
  hover: {
    data: 'Personal data',
    sink: 'Where it goes',
    destination: 'Destination',
    firstParty: "the app's own server",
    insecure: 'plain-text or unverified transport',
    requirements: 'Requirements',
    breach: 'If it leaked',
    reportableFromOne: (ids) => `reportable to the PPC and the person from a single person's data (${ids}).`,
    notReportableFromOne:
      'not reportable from one person alone; reportable when the leak is malicious (incl. insider take-out) or affects more than 1,000 people (APPI Rules Art. 7 iii, iv).',
    fix: 'How to fix',
    docs: 'Rule documentation',
    moreRequirements: (n) => `and ${n} more`,
    confidenceLabel: 'confidence',
  },
  related: {
    origin: (label, path) => `Personal data (${label}) comes from here: ${path}`,
    step: (text) => `It passes through here: ${text}`,
  },
  actions: {
    wrap: (helper, what) => `Wrap ${what} in ${helper}()`,
    drop: (field, sink) => `Remove ${field} from the data passed to ${sink}`,
    suppress: (rule) => `Suppress ${rule} on this line (with a reason)`,
    fixAll: (helper, n) => `Wrap personal data in ${helper}() for ${n} finding${n === 1 ? '' : 's'} in this file`,
    addReason: 'Add a reason to this suppression',
    reasonPlaceholder: 'TODO: reason',
  },
  problems: {
    notParsed: (m) => `PII Guard could not check this file because it does not parse: ${m}`,
    tooLarge: (f, s, l) => `PII Guard did not check ${f}: ${s} is larger than the ${l} limit (setting piiGuard.maxFileSizeMB; 0 checks everything).`,
    binary: (f) => `PII Guard did not check ${f}: it looks like binary content, not source code.`,
    configInvalid: (m) => `PII Guard ignores an invalid configuration and uses its built-in defaults. ${m}`,
    settingsInvalid: (m) => `PII Guard ignores invalid editor settings (piiGuard.*). ${m}`,
    lintFailed: (f, m) => `PII Guard could not check ${f}: ${m}`,
    scanUnreadable: (m) => `not checked: ${m}`,
  },
  scan: {
    title: 'PII Guard: scanning the workspace',
    progress: (d, t) => `${d} of ${t} files`,
  },
};

const ja: ServerStrings = {
  tiers: {
    'national-id': '個人識別符号(マイナンバー等)',
    'special-care': '要配慮個人情報',
    financial: '金融・カード情報',
    credential: '認証情報',
    biometric: '生体情報',
    'direct-identifier': '直接識別子(氏名・連絡先等)',
    'quasi-identifier': '準識別子(生年月日・郵便番号等)',
    'online-identifier': 'オンライン識別子(Cookie・端末ID等)',
  },
  sinkKinds: { log: 'ログ出力', export: '持ち出し(エクスポート)', send: '送信' },
  confidence: { high: '高', medium: '中', low: '低' },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  hover: {
    data: '個人データ',
    sink: '出力先',
    destination: '送信先',
    firstParty: '自社のサーバー',
    insecure: '平文または証明書を検証しない通信',
    requirements: '関係する要件',
    breach: '漏えいした場合',
    reportableFromOne: (ids) => `1人分でも個人情報保護委員会と本人への報告対象です(${ids})。`,
    notReportableFromOne:
      '1人分だけでは報告対象になりませんが、不正な目的による漏えい(内部者の持ち出しを含む)や1,000人を超える漏えいは報告対象です(施行規則7条3号・4号)。',
    fix: '対処方法',
    docs: 'ルールの説明',
    moreRequirements: (n) => `ほか${n}件`,
    confidenceLabel: '確度',
  },
  related: {
    origin: (label, path) => `個人データ(${label})の取得元: ${path}`,
    step: (text) => `経由: ${text}`,
  },
  actions: {
    wrap: (helper, what) => `${what} を ${helper}() でマスクする`,
    drop: (field, sink) => `${sink} に渡すデータから ${field} を削除する`,
    suppress: (rule) => `この行の ${rule} を理由付きで抑止する`,
    fixAll: (helper, n) => `このファイルの${n}件の検出で個人データを ${helper}() でマスクする`,
    addReason: 'この抑止に理由を追記する',
    reasonPlaceholder: 'TODO: 理由を記入',
  },
  problems: {
    notParsed: (m) => `構文エラーのため、PII Guardはこのファイルを検査できませんでした: ${m}`,
    tooLarge: (f, s, l) => `PII Guardは ${f} を検査しませんでした: ${s}は上限${l}を超えています(設定 piiGuard.maxFileSizeMB、0で無制限)。`,
    binary: (f) => `PII Guardは ${f} を検査しませんでした: ソースコードではなくバイナリのようです。`,
    configInvalid: (m) => `PII Guardは不正な設定を無視し、組み込みの既定値で検査します。${m}`,
    settingsInvalid: (m) => `PII Guardは不正なエディター設定(piiGuard.*)を無視します。${m}`,
    lintFailed: (f, m) => `PII Guardは ${f} を検査できませんでした: ${m}`,
    scanUnreadable: (m) => `未検査: ${m}`,
  },
  scan: {
    title: 'PII Guard: ワークスペースを検査中',
    progress: (d, t) => `${d} / ${t} ファイル`,
  },
};

export function strings(locale: Locale): ServerStrings {
  return locale === 'ja' ? ja : en;
}

export function formatBytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
