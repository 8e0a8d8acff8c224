/**
 * The requirement catalog: every requirement ID a finding or a report can cite, with ja/en titles, where it
 * comes from and whether code can show it. Data only; lookups live in `index.ts`, the choice of IDs for a
 * finding in `mapping.ts`. Source of truth: /work/shared/requirements-digest.md (§0–§8).
 *
 * Law IDs are semantic (APPI-SEC, MYN-STORE): article numbers can move with an amendment, so the number is
 * kept in `article` and the ID stays stable. Facts the digest marks as unverified (✖) are never stated here
 * as fact; where an entry depends on one, its title or source says so.
 */
import type { Requirement } from './types.js';

// Stable public pages named in digest §10 (and the official GDPR text on EUR-Lex).
const APPI_URL = 'https://laws.e-gov.go.jp/law/415AC0000000057';
const APPI_RULES_ART7_URL =
  'https://iuris.jp/個人情報の保護に関する法律施行規則-第七条-個人の権利利益を害するおそれが大きいもの/jpn/a/68338';
const PPC_GL_URL = 'https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/';
const PPC_GL_THIRDPARTY_URL = 'https://www.ppc.go.jp/personalinfo/legal/guidelines_thirdparty/';
const PPC_FAQ = 'https://www.ppc.go.jp/all_faq_index/';
const MYN_BREACH_RULE_URL = 'https://elaws.jp/view/427M60020000005';
const PMARK_URL = 'https://privacymark.jp/guideline/outline.html';
const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const PCI_MASKING_FAQ_URL =
  'https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/how-can-an-entity-meet-pci-dss-requirements-for-pan-masking-and-truncation-if-it-has-migrated-to-8-digit-bins/';
const HIPAA_URL = 'https://www.govinfo.gov/content/pkg/CFR-2019-title45-vol2/xml/CFR-2019-title45-vol2-sec164-312.xml';
const OWASP21 = 'https://owasp.org/Top10/';
const OWASP25_URL = 'https://github.com/OWASP/Top10/tree/master/2025/docs/en';
const CWE = 'https://cwe.mitre.org/data/definitions/';

export const REQUIREMENTS: Readonly<Record<string, Requirement>> = {
  // ── Take-out rules (持ち出しルール), seed 001 「個人情報の持ち出しにルール必要?」 — digest §1.1, §8 ──
  'TO-APR': {
    id: 'TO-APR',
    framework: 'take-out',
    title: { ja: '個人情報の持ち出しは事前許可制', en: 'Take-out requires prior manager approval' },
    source: 'seed 001 持ち出しルール(1); PPC-GL 10-3',
    detect: 'H',
    remedy: {
      en: 'Send or export personal data only to destinations approved in the PII Guard policy; record who approved it and why',
      ja: '個人データの持ち出し先はポリシーで承認済みの出力先・送信先に限り、承認者と理由を記録する',
    },
  },
  'TO-MIN': {
    id: 'TO-MIN',
    framework: 'take-out',
    title: { ja: '持ち出す情報は業務に必要な最小限に', en: 'Take out only the minimum data needed' },
    source: 'seed 001 持ち出しルール(2); GDPR 5(1)(c)',
    detect: 'C',
    remedy: {
      en: 'Pass only the fields the task needs, picked explicitly, not the whole record',
      ja: 'レコード全体ではなく、業務に必要な項目だけを明示的に選んで渡す',
    },
  },
  'TO-ENC': {
    id: 'TO-ENC',
    framework: 'take-out',
    title: { ja: '持ち出すデータは必ず暗号化', en: 'Encrypt personal data taken out of the company' },
    source: 'seed 001 持ち出しルール(3); PPC-GL 10-5(3)',
    detect: 'C',
    remedy: {
      en: 'Encrypt the file/object with a key from your KMS or secret store before it leaves',
      ja: '持ち出す前に、KMSやシークレットストアで管理する鍵でファイル/オブジェクトを暗号化する',
    },
  },
  'TO-KEY': {
    id: 'TO-KEY',
    framework: 'take-out',
    title: { ja: 'パスワード・鍵は別経路で安全に伝達', en: 'Send the password or key separately over a safe channel' },
    source: 'seed 001 持ち出しルール(3); PPC Q&A 17-14',
    detect: 'H',
    remedy: {
      en: 'Load keys and passwords from a KMS or secret store, never from source code, and share a password over a different channel from the file',
      ja: '鍵・パスワードはソースコードに書かずKMSやシークレットストアから読み込み、パスワードはファイルとは別の経路で伝える',
    },
  },
  'TO-NET': {
    id: 'TO-NET',
    framework: 'take-out',
    title: { ja: '公共Wi-Fiで扱わずVPN等の安全な通信を使用', en: 'No public Wi-Fi; use VPN or encrypted transport' },
    source: 'seed 001 持ち出しルール(4); PPC Q&A 10-21',
    detect: 'H',
    remedy: {
      en: 'Use https:// / wss:// and keep TLS verification on',
      ja: 'https:// / wss:// を使い、TLSの証明書検証を無効にしない',
    },
  },
  'TO-RET': {
    id: 'TO-RET',
    framework: 'take-out',
    title: { ja: '使用後は速やかに返却', en: 'Return promptly after use' },
    source: 'seed 001 §3',
    detect: 'O',
  },
  'TO-DEL': {
    id: 'TO-DEL',
    framework: 'take-out',
    title: { ja: '使用後は端末・クラウド上のデータを全て削除', en: 'Delete all copies after use' },
    source: 'seed 001 §3; APPI Art. 22',
    detect: 'H',
    remedy: {
      en: 'Delete exported files and stored copies when the task is done: set a TTL or an object lifecycle rule, or clean up explicitly',
      ja: '作業が終わったら出力ファイルや保存したコピーを削除する(TTL、オブジェクトのライフサイクル設定、明示的な削除処理)',
    },
  },
  'TO-AUD': {
    id: 'TO-AUD',
    framework: 'take-out',
    title: { ja: '返却・削除の手順を定め定期的に監査', en: 'Audit return and deletion regularly' },
    source: 'seed 001 §3',
    detect: 'O',
  },
  'TO-SAN': {
    id: 'TO-SAN',
    framework: 'take-out',
    title: { ja: '違反時の罰則を明示', en: 'Make sanctions for violations known' },
    source: 'seed 001 §4',
    detect: 'O',
  },
  'TO-EDU': {
    id: 'TO-EDU',
    framework: 'take-out',
    title: { ja: '持ち出しルールの定期教育', en: 'Regular training on take-out rules' },
    source: 'seed 001 §5',
    detect: 'O',
  },
  // The digest gives no detectability for TO-TEC: it is an umbrella for SM-AC and SM-LOG, both H.
  'TO-TEC': {
    id: 'TO-TEC',
    framework: 'take-out',
    title: {
      ja: '技術的対策(アクセス権限の厳格な管理と持ち出しの記録・監視。SM-AC・SM-LOG参照)',
      en: 'Technical measures: strict access rights and monitoring of take-outs (see SM-AC, SM-LOG)',
    },
    source: 'seed 001 持ち出しルール (技術的対策)',
    detect: 'H',
    remedy: {
      en: 'Limit who can run exports and record each take-out as an audit event (who, when, which records, how many), never the values',
      ja: '出力処理を実行できる人を限定し、持ち出しごとに監査イベント(誰が・いつ・どのレコードを・何件)を記録する。値そのものは記録しない',
    },
  },

  // ── Security measures (安全対策), seeds 000/001 — digest §1.2, §8 ──
  'SM-AC': {
    id: 'SM-AC',
    framework: 'security-measure',
    title: { ja: 'アクセス権限の限定と定期見直し', en: 'Restrict access and review rights regularly' },
    source: 'seeds 000/001; PPC-GL 10-6(1)(2); PPC Q&A 10-18, 10-19',
    detect: 'H',
    remedy: {
      en: 'Restrict the code path that reads, exports or sends personal data to the roles that need it, and review those rights regularly',
      ja: '個人データを読み出し・出力・送信する処理を必要な役割だけに限定し、権限を定期的に見直す',
    },
  },
  'SM-LOG': {
    id: 'SM-LOG',
    framework: 'security-measure',
    title: {
      ja: 'アクセス・持ち出しを記録し監視(値ではなく参照を記録)',
      en: 'Record and monitor access and take-outs (log references, not values)',
    },
    source: 'seeds 000/001; PPC Q&A 10-20; PPC-GL 10-3(2)',
    detect: 'H',
    remedy: {
      en: 'Log a reference (user ID, record count), not the value; keep audit records of who accessed or exported what, protected from tampering',
      ja: 'ログには値ではなく参照(ユーザーID、件数)を記録する。誰が何にアクセス・持ち出したかの記録は改ざんから保護して残す',
    },
  },
  'SM-ENC': {
    id: 'SM-ENC',
    framework: 'security-measure',
    title: { ja: '重要な個人データは保存時も暗号化', en: 'Encrypt important personal data at rest' },
    source: 'seed 001',
    detect: 'C',
    remedy: {
      en: 'Store personal data encrypted (field- or file-level encryption with a managed key), never in plaintext',
      ja: '個人データは平文で保存せず、管理された鍵でフィールド単位またはファイル単位に暗号化して保存する',
    },
  },
  'SM-DEV': {
    id: 'SM-DEV',
    framework: 'security-measure',
    title: { ja: '外部デバイスの使用制限', en: 'Restrict external devices' },
    source: 'seed 001; PPC-GL 10-5(2)',
    detect: 'O',
  },
  'SM-NDA': {
    id: 'SM-NDA',
    framework: 'security-measure',
    title: { ja: '従業員・取引先と秘密保持契約', en: 'NDAs with staff and partners' },
    source: 'seed 001',
    detect: 'O',
  },
  'SM-EDU': {
    id: 'SM-EDU',
    framework: 'security-measure',
    title: { ja: '従業員への定期教育', en: 'Regular staff training' },
    source: 'seeds 000/001; PPC-GL 10-4',
    detect: 'O',
  },
  'SM-AUD': {
    id: 'SM-AUD',
    framework: 'security-measure',
    title: { ja: '内部監査の実施', en: 'Internal audits' },
    source: 'seed 001; PMK J.6.2',
    detect: 'O',
  },

  // ── Incident response (事故対応), seeds 000/001 — digest §1.3; steps of PPC 通則編 3-5-2 ──
  'IR-FACT': {
    id: 'IR-FACT',
    framework: 'incident-response',
    title: { ja: '事実確認・影響範囲の特定', en: 'Establish what leaked, where to, and by which route' },
    source: 'seed 001; PPC-GL 3-5-2 ②③',
    detect: 'O',
  },
  'IR-CONT': {
    id: 'IR-CONT',
    framework: 'incident-response',
    title: { ja: '被害拡大の防止(アクセス停止・通信遮断)', en: 'Contain: suspend access, cut external communication' },
    source: 'seed 001; PPC-GL 3-5-2 ①',
    detect: 'O',
  },
  'IR-INT': {
    id: 'IR-INT',
    framework: 'incident-response',
    title: { ja: '経営陣・関係部署への社内報告', en: 'Report internally to management' },
    source: 'seed 001; PPC-GL 3-5-2 ①',
    detect: 'O',
  },
  'IR-NOTIFY': {
    id: 'IR-NOTIFY',
    framework: 'incident-response',
    title: { ja: '本人・関係者への通知', en: 'Notify affected individuals and partners' },
    source: 'seeds 000/001; PPC-GL 3-5-2 ⑤',
    detect: 'O',
  },
  'IR-REG': {
    id: 'IR-REG',
    framework: 'incident-response',
    title: {
      ja: '個人情報保護委員会等の監督機関への報告',
      en: 'Report to the PPC (kinds of data, cause, number of people, prevention)',
    },
    source: 'seed 000/001; PPC-GL 3-5-2 ⑤; APPI Rules Art. 8',
    detect: 'O',
  },
  'IR-LAW': {
    id: 'IR-LAW',
    framework: 'incident-response',
    title: { ja: '警察への相談・法的措置', en: 'Police report; legal action' },
    source: 'seeds 000/001',
    detect: 'O',
  },
  'IR-SUP': {
    id: 'IR-SUP',
    framework: 'incident-response',
    title: { ja: '被害者支援体制の構築', en: 'Set up support for affected people' },
    source: 'seed 000',
    detect: 'O',
  },
  'IR-CAUSE': {
    id: 'IR-CAUSE',
    framework: 'incident-response',
    title: { ja: '事故原因の究明', en: 'Identify the cause' },
    source: 'seed 001; PPC-GL 3-5-2 ②',
    detect: 'O',
  },
  'IR-PREV': {
    id: 'IR-PREV',
    framework: 'incident-response',
    title: { ja: '再発防止策の検討・実施', en: 'Prevent recurrence (technical measures and training)' },
    source: 'seed 001; PPC-GL 3-5-2 ④',
    detect: 'O',
  },
  'IR-TRUST': {
    id: 'IR-TRUST',
    framework: 'incident-response',
    title: { ja: '信頼回復・補償と謝罪', en: 'Restore trust; compensation and apology' },
    source: 'seed 001',
    detect: 'O',
  },

  // ── APPI (個人情報の保護に関する法律) obligations — digest §2.3, §8; numbering of the 2021 amendment ──
  'APPI-PURPOSE': {
    id: 'APPI-PURPOSE',
    framework: 'appi',
    title: { ja: '利用目的の特定(17条)', en: 'Specify the purpose of use (APPI Art. 17)' },
    source: 'APPI Art. 17',
    detect: 'O',
    article: 'Art. 17',
    url: APPI_URL,
  },
  'APPI-PURPOSE-LIMIT': {
    id: 'APPI-PURPOSE-LIMIT',
    framework: 'appi',
    title: { ja: '利用目的による制限(18条)', en: 'No use beyond the purpose (APPI Art. 18)' },
    source: 'APPI Art. 18',
    detect: 'O',
    article: 'Art. 18',
    url: APPI_URL,
  },
  'APPI-IMPROPER': {
    id: 'APPI-IMPROPER',
    framework: 'appi',
    title: { ja: '不適正な利用の禁止(19条)', en: 'No improper use (APPI Art. 19)' },
    source: 'APPI Art. 19',
    detect: 'O',
    article: 'Art. 19',
    url: APPI_URL,
  },
  'APPI-ACQ': {
    id: 'APPI-ACQ',
    framework: 'appi',
    title: { ja: '適正な取得(20条1項)', en: 'Acquire personal information by proper means (APPI Art. 20(1))' },
    source: 'APPI Art. 20(1)',
    detect: 'O',
    article: 'Art. 20(1)',
    url: APPI_URL,
  },
  'APPI-SENS-ACQ': {
    id: 'APPI-SENS-ACQ',
    framework: 'appi',
    title: {
      ja: '要配慮個人情報の取得は原則本人同意(20条2項)',
      en: 'Acquiring special-care personal information needs prior consent (APPI Art. 20(2))',
    },
    source: 'APPI Art. 20(2); PPC finance Q&A 3-2',
    detect: 'H',
    article: 'Art. 20(2)',
    url: APPI_URL,
    remedy: {
      en: 'Do not send special-care data to a third party unless the person consented to that recipient acquiring it; opt-out provision is not available for it',
      ja: '提供先による取得に本人が同意していない限り、要配慮個人情報を第三者に送らない(オプトアウトによる提供はできない)',
    },
  },
  'APPI-NOTICE': {
    id: 'APPI-NOTICE',
    framework: 'appi',
    title: { ja: '取得に際しての利用目的の通知等(21条)', en: 'Notify the purpose on acquisition (APPI Art. 21)' },
    source: 'APPI Art. 21',
    detect: 'O',
    article: 'Art. 21',
    url: APPI_URL,
  },
  'APPI-ACC-DEL': {
    id: 'APPI-ACC-DEL',
    framework: 'appi',
    title: {
      ja: 'データ内容の正確性の確保・不要となった個人データの消去(22条、努力義務)',
      en: 'Keep data accurate; delete it without delay when no longer needed (APPI Art. 22, best effort)',
    },
    source: 'APPI Art. 22',
    detect: 'O',
    article: 'Art. 22',
    url: APPI_URL,
  },
  'APPI-SEC': {
    id: 'APPI-SEC',
    framework: 'appi',
    title: { ja: '安全管理措置(個人情報保護法23条)', en: 'Security control measures (APPI Art. 23)' },
    source: 'APPI Art. 23',
    detect: 'C',
    article: 'Art. 23',
    url: APPI_URL,
    remedy: {
      en: 'Mask, encrypt or drop the personal data before it reaches this sink',
      ja: 'この出力先に渡す前に個人データをマスク・暗号化するか、項目から外す',
    },
  },
  'APPI-EMP': {
    id: 'APPI-EMP',
    framework: 'appi',
    title: { ja: '従業者の監督(24条)', en: 'Supervision of employees (APPI Art. 24)' },
    source: 'APPI Art. 24',
    detect: 'O',
    article: 'Art. 24',
    url: APPI_URL,
  },
  'APPI-VEND': {
    id: 'APPI-VEND',
    framework: 'appi',
    title: { ja: '委託先の監督(25条)', en: 'Supervision of contractors (APPI Art. 25)' },
    source: 'APPI Art. 25',
    detect: 'H',
    article: 'Art. 25',
    url: APPI_URL,
    remedy: {
      en: 'Have the service under contract as your contractor (委託先) and supervise it; send it only the fields it needs, masked',
      ja: '送信先のサービスを委託先として契約・監督し、必要な項目だけをマスクして送る',
    },
  },
  'APPI-BREACH': {
    id: 'APPI-BREACH',
    framework: 'appi',
    title: {
      ja: '漏えい等の委員会報告・本人通知(26条)',
      en: 'Breach report to the PPC and notice to individuals (APPI Art. 26)',
    },
    source: 'APPI Art. 26',
    detect: 'O',
    article: 'Art. 26',
    url: APPI_URL,
  },
  'APPI-3P': {
    id: 'APPI-3P',
    framework: 'appi',
    title: { ja: '第三者提供は原則本人同意(27条)', en: 'Third-party provision needs prior consent (APPI Art. 27)' },
    source: 'APPI Art. 27',
    detect: 'H',
    article: 'Art. 27',
    url: APPI_URL,
    remedy: {
      en: "Provide personal data to this third party only with the person's prior consent or another Art. 27 ground (outsourcing, joint use); otherwise drop the fields",
      ja: '本人の事前同意または27条の他の根拠(委託、共同利用など)がある場合に限って第三者に提供し、それ以外は項目を送らない',
    },
  },
  'APPI-XB': {
    id: 'APPI-XB',
    framework: 'appi',
    title: {
      ja: '外国にある第三者(委託先含む)への提供制限(28条)',
      en: 'Cross-border provision, including foreign contractors (APPI Art. 28)',
    },
    source: 'APPI Art. 28; APPI Rules Arts. 17–18',
    detect: 'H',
    article: 'Art. 28',
    url: APPI_URL,
    remedy: {
      en: 'Before personal data goes abroad, have an Art. 28 ground (informed consent, a recipient with an equivalent system, or a designated country) and know the destination country’s regime',
      ja: '外国に送る前に28条の根拠(情報提供の上での本人同意、基準適合体制、指定国)を確保し、移転先の国の制度を把握する',
    },
  },
  'APPI-3P-REC': {
    id: 'APPI-3P-REC',
    framework: 'appi',
    title: { ja: '第三者提供の記録(29条)', en: 'Record third-party provisions (APPI Art. 29)' },
    source: 'APPI Art. 29',
    detect: 'H',
    article: 'Art. 29',
    url: PPC_GL_THIRDPARTY_URL,
    remedy: {
      en: 'Record each provision to a third party (recipient, whose data, which items…) and keep the record for the required period',
      ja: '第三者提供ごとに記録(提供先、本人、項目など)を作成し、定められた期間保存する',
    },
  },
  'APPI-3P-CONF': {
    id: 'APPI-3P-CONF',
    framework: 'appi',
    title: {
      ja: '第三者提供を受ける際の確認等(30条)',
      en: 'Recipient checks the provider and how the data was acquired (APPI Art. 30)',
    },
    source: 'APPI Art. 30',
    detect: 'O',
    article: 'Art. 30',
    url: PPC_GL_THIRDPARTY_URL,
  },
  'APPI-REL': {
    id: 'APPI-REL',
    framework: 'appi',
    title: {
      ja: '個人関連情報の第三者提供(31条)',
      en: 'Provision of personal-related information such as cookie IDs (APPI Art. 31)',
    },
    source: 'APPI Art. 31; PPC-GL 2-8',
    detect: 'H',
    article: 'Art. 31',
    url: APPI_URL,
    remedy: {
      en: "Before sending cookie/device IDs, IP addresses or location to a recipient that can tie them to a person, confirm the person's consent; otherwise do not send them",
      ja: '提供先が個人データとして取得すると想定される場合は、Cookie・端末ID・IPアドレス・位置情報を送る前に本人の同意を確認する。確認できなければ送らない',
    },
  },
  'APPI-PSEUDO': {
    id: 'APPI-PSEUDO',
    framework: 'appi',
    title: { ja: '仮名加工情報の作成・取扱い(41–42条)', en: 'Pseudonymised information (APPI Arts. 41–42)' },
    source: 'APPI Arts. 41–42',
    detect: 'O',
    article: 'Arts. 41–42',
    url: APPI_URL,
  },
  'APPI-ANON': {
    id: 'APPI-ANON',
    framework: 'appi',
    title: { ja: '匿名加工情報の作成・取扱い(43–46条)', en: 'Anonymised information (APPI Arts. 43–46)' },
    source: 'APPI Arts. 43–46',
    detect: 'O',
    article: 'Arts. 43–46',
    url: APPI_URL,
  },
  'APPI-PENALTY': {
    id: 'APPI-PENALTY',
    framework: 'appi',
    title: {
      ja: '罰則(命令違反、個人情報データベース等不正提供罪、両罰規定)',
      en: 'Penalties (order violations, improper provision of a personal-information database, corporate fines)',
    },
    source: 'APPI Arts. 178, 179, 184 (secondary sources)',
    detect: 'O',
    article: 'Arts. 178, 179, 184',
    url: APPI_URL,
  },

  // ── APPI Rules Art. 7 (施行規則7条): breach-report triggers and the encryption carve-out — digest §2.4, §8 ──
  'APPI-R7-1': {
    id: 'APPI-R7-1',
    framework: 'appi-rules',
    title: { ja: '要配慮個人情報の漏えいは1人でも報告対象', en: 'A leak of special-care data is reportable from one person' },
    source: 'APPI Rules Art. 7(1)',
    detect: 'C',
    article: 'Rules Art. 7(1)',
    url: APPI_RULES_ART7_URL,
    remedy: {
      en: 'Keep special-care data (health, criminal record, creed…) out of this sink, or encrypt it with a separately managed key',
      ja: '要配慮個人情報(病歴、犯罪歴、信条など)をこの出力先に出さない。出す場合は分離管理された鍵で暗号化する',
    },
  },
  'APPI-R7-2': {
    id: 'APPI-R7-2',
    framework: 'appi-rules',
    title: {
      ja: '財産的被害のおそれ(カード番号等)は1人でも報告対象',
      en: 'Data risking financial loss (e.g. card numbers) is reportable from one person',
    },
    source: 'APPI Rules Art. 7(2); PPC Q&A 6-12',
    detect: 'C',
    article: 'Rules Art. 7(2)',
    url: APPI_RULES_ART7_URL,
    remedy: {
      en: 'Do not log, store or send full card numbers or payment credentials: truncate or mask the PAN (at most BIN and last four digits) or tokenise it',
      ja: 'カード番号や決済の認証情報をそのまま出力・保存・送信しない。PANは切り詰め・マスク(最大でBINと下4桁)またはトークン化する',
    },
  },
  'APPI-R7-3': {
    id: 'APPI-R7-3',
    framework: 'appi-rules',
    title: {
      ja: '不正目的(不正アクセス・従業者の持ち出し等)は報告対象',
      en: 'Malicious leaks (attacks, insider take-out) are reportable',
    },
    source: 'APPI Rules Art. 7(3) (as amended, in force 2024-04-01)',
    detect: 'O',
    article: 'Rules Art. 7(3)',
    url: APPI_RULES_ART7_URL,
  },
  'APPI-R7-4': {
    id: 'APPI-R7-4',
    framework: 'appi-rules',
    title: { ja: '1,000人超の漏えいは報告対象', en: 'Leaks affecting more than 1,000 people are reportable' },
    source: 'APPI Rules Art. 7(4)',
    detect: 'O',
    article: 'Rules Art. 7(4)',
    url: APPI_RULES_ART7_URL,
  },
  'APPI-R7-ENC': {
    id: 'APPI-R7-ENC',
    framework: 'appi-rules',
    title: {
      ja: '高度な暗号化(鍵の分離管理)済みなら報告対象外',
      en: 'Properly encrypted data with separately managed keys is outside reporting',
    },
    source: 'APPI Rules Art. 7 parenthetical; PPC Q&A 17-14',
    detect: 'C',
    article: 'Rules Art. 7(1) parenthetical (applies to items 1–4)',
    url: APPI_RULES_ART7_URL,
    remedy: {
      en: 'Encrypt with a recommended algorithm (CRYPTREC list, ISO/IEC 18033) and keep the key apart from the data (KMS, secret store); PII Guard does not count Base64, unsalted hashes or password ZIPs as such encryption',
      ja: '推奨アルゴリズム(CRYPTREC電子政府推奨暗号リスト、ISO/IEC 18033)で暗号化し、鍵はデータと分離して管理する(KMS、シークレットストア)。PII GuardはBase64・ソルトなしハッシュ・パスワード付きZIPを高度な暗号化とみなさない',
    },
  },

  // ── PPC guideline (通則編) section 10 「講ずべき安全管理措置の内容」 — digest §2.5 ──
  'PPC-GL-10-3-1': {
    id: 'PPC-GL-10-3-1',
    framework: 'ppc',
    title: { ja: '組織的安全管理措置: 組織体制の整備', en: 'Organisational measures: set up the organisation' },
    source: 'PPC guideline (通則編) 10-3(1)',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-3-2': {
    id: 'PPC-GL-10-3-2',
    framework: 'ppc',
    title: {
      ja: '組織的安全管理措置: 規律に従った運用(利用・出力・持出し等の記録)',
      en: 'Organisational measures: operate by the rules (records of use, output and take-out)',
    },
    source: 'PPC guideline (通則編) 10-3(2)',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-3-3': {
    id: 'PPC-GL-10-3-3',
    framework: 'ppc',
    title: {
      ja: '組織的安全管理措置: 取扱状況を把握する手段の整備',
      en: 'Organisational measures: means to know how personal data is handled',
    },
    source: 'PPC guideline (通則編) 10-3(3)',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-3-4': {
    id: 'PPC-GL-10-3-4',
    framework: 'ppc',
    title: {
      ja: '組織的安全管理措置: 漏えい等事案に対応する体制の整備',
      en: 'Organisational measures: readiness to respond to breaches',
    },
    source: 'PPC guideline (通則編) 10-3(4)',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-3-5': {
    id: 'PPC-GL-10-3-5',
    framework: 'ppc',
    title: {
      ja: '組織的安全管理措置: 取扱状況の把握及び安全管理措置の見直し',
      en: 'Organisational measures: review handling and security measures',
    },
    source: 'PPC guideline (通則編) 10-3(5)',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-4': {
    id: 'PPC-GL-10-4',
    framework: 'ppc',
    title: { ja: '人的安全管理措置: 従業者の教育', en: 'Human measures: staff training' },
    source: 'PPC guideline (通則編) 10-4',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-5-1': {
    id: 'PPC-GL-10-5-1',
    framework: 'ppc',
    title: { ja: '物理的安全管理措置: 取扱区域の管理', en: 'Physical measures: control the areas where data is handled' },
    source: 'PPC guideline (通則編) 10-5(1)',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-5-2': {
    id: 'PPC-GL-10-5-2',
    framework: 'ppc',
    title: {
      ja: '物理的安全管理措置: 機器・電子媒体等の盗難等の防止',
      en: 'Physical measures: prevent theft of devices and media',
    },
    source: 'PPC guideline (通則編) 10-5(2)',
    detect: 'O',
    url: PPC_GL_URL,
  },
  'PPC-GL-10-5-3': {
    id: 'PPC-GL-10-5-3',
    framework: 'ppc',
    title: {
      ja: '物理的安全管理措置: 電子媒体等を持ち運ぶ場合の漏えい等の防止',
      en: 'Physical measures: prevent leaks when carrying media and data out',
    },
    source: 'PPC guideline (通則編) 10-5(3)',
    detect: 'C',
    url: PPC_GL_URL,
    remedy: {
      en: 'Encrypt personal data before it is written to a file, medium or cloud storage that leaves the protected system',
      ja: '保護された環境の外に出るファイル・媒体・クラウドストレージに書き込む前に、個人データを暗号化する',
    },
  },
  'PPC-GL-10-5-4': {
    id: 'PPC-GL-10-5-4',
    framework: 'ppc',
    title: {
      ja: '物理的安全管理措置: 個人データの削除及び機器・電子媒体等の廃棄',
      en: 'Physical measures: delete personal data and dispose of devices and media',
    },
    source: 'PPC guideline (通則編) 10-5(4)',
    detect: 'H',
    url: PPC_GL_URL,
    remedy: {
      en: 'Delete personal data that is no longer needed by means that cannot be restored, and record the deletion',
      ja: '不要になった個人データは復元できない方法で削除し、削除したことを記録する',
    },
  },
  'PPC-GL-10-6-1': {
    id: 'PPC-GL-10-6-1',
    framework: 'ppc',
    title: { ja: '技術的安全管理措置: アクセス制御', en: 'Technical measures: access control' },
    source: 'PPC guideline (通則編) 10-6(1); PPC Q&A 10-18',
    detect: 'H',
    url: PPC_GL_URL,
    remedy: {
      en: 'Limit who and what can reach personal data (least privilege) and review the rights regularly',
      ja: '個人データにアクセスできる人・処理を最小限に限定し、権限を定期的に見直す',
    },
  },
  'PPC-GL-10-6-2': {
    id: 'PPC-GL-10-6-2',
    framework: 'ppc',
    title: { ja: '技術的安全管理措置: アクセス者の識別と認証', en: 'Technical measures: identify and authenticate users' },
    source: 'PPC guideline (通則編) 10-6(2); PPC Q&A 10-19',
    detect: 'H',
    url: PPC_GL_URL,
    remedy: {
      en: 'Identify and authenticate everyone who accesses personal data (password rules, lockout, terminal or certificate authentication)',
      ja: '個人データにアクセスする者を識別・認証する(パスワード規則、ロックアウト、端末・証明書による認証)',
    },
  },
  'PPC-GL-10-6-3': {
    id: 'PPC-GL-10-6-3',
    framework: 'ppc',
    title: {
      ja: '技術的安全管理措置: 外部からの不正アクセス等の防止(アクセス記録の監視と保護)',
      en: 'Technical measures: prevent unauthorised access (monitor and protect access records)',
    },
    source: 'PPC guideline (通則編) 10-6(3); PPC Q&A 10-20',
    detect: 'H',
    url: PPC_GL_URL,
    remedy: {
      en: 'Monitor access to personal data and protect those records from leakage and tampering: they hold references, not personal values',
      ja: '個人データへのアクセスを記録・監視し、その記録を漏えい・改ざんから保護する(記録には値ではなく参照を残す)',
    },
  },
  'PPC-GL-10-6-4': {
    id: 'PPC-GL-10-6-4',
    framework: 'ppc',
    title: {
      ja: '技術的安全管理措置: 情報システムの使用に伴う漏えい等の防止',
      en: 'Technical measures: prevent leaks through the use of information systems',
    },
    source: 'PPC guideline (通則編) 10-6(4); PPC Q&A 10-21',
    detect: 'C',
    url: PPC_GL_URL,
    remedy: {
      en: 'Encrypt personal data that travels over networks open to eavesdropping (TLS) and do not use real personal data as test data',
      ja: '盗聴のおそれがあるネットワークで送る個人データは暗号化し(TLSなど)、テストデータに実在の個人データを使わない',
    },
  },
  'PPC-GL-10-7': {
    id: 'PPC-GL-10-7',
    framework: 'ppc',
    title: { ja: '外的環境の把握(外国での取扱い)', en: 'Know the external environment when data is handled abroad' },
    source: 'PPC guideline (通則編) 10-7 (added 2022-04); PPC Q&A 10-24',
    detect: 'H',
    url: PPC_GL_URL,
    remedy: {
      en: "Know the destination country's data-protection regime before handling personal data there, and name the country among your published security measures",
      ja: '外国で個人データを取り扱う前に当該国の個人情報保護制度を把握し、公表する安全管理措置に国名を記載する',
    },
  },

  // ── PPC Q&A items (general Q&A unless noted) — referenced in digest §1–§2, §10 ──
  'PPC-QA-1-4': {
    id: 'PPC-QA-1-4',
    framework: 'ppc',
    title: {
      ja: 'メールアドレスの個人情報該当性(氏名を含むものは単独で個人情報)',
      en: 'E-mail addresses: one that contains a name is personal information by itself',
    },
    source: 'PPC Q&A 1-4 (secondary source)',
    detect: 'H',
    remedy: {
      en: 'Treat e-mail addresses as personal information: mask them before they are logged, exported or sent',
      ja: 'メールアドレスは個人情報として扱い、ログ出力・書き出し・送信の前にマスクする',
    },
  },
  'PPC-QA-1-27': {
    id: 'PPC-QA-1-27',
    framework: 'ppc',
    title: {
      ja: '宗教関連の購買履歴のみでは要配慮個人情報に当たらない',
      en: 'Religion-related purchase history alone is not special-care information',
    },
    source: 'PPC Q&A 1-27 (secondary source)',
    detect: 'O',
  },
  'PPC-QA-6-12': {
    id: 'PPC-QA-6-12',
    framework: 'ppc',
    title: {
      ja: 'クレジットカード番号のみの漏えいも報告対象(下4桁と有効期限のみは直ちには該当しない)',
      en: 'A credit-card number alone is reportable; last four digits and expiry alone are not immediately',
    },
    source: 'PPC Q&A 6-12',
    detect: 'C',
    url: `${PPC_FAQ}faq1-q6-12_/`,
    remedy: {
      en: 'Never let a full card number reach a log, file or request: keep at most the last four digits',
      ja: 'カード番号全体をログ・ファイル・リクエストに出さず、残すのは最大でも下4桁にする',
    },
  },
  'PPC-QA-10-18': {
    id: 'PPC-QA-10-18',
    framework: 'ppc',
    title: { ja: 'アクセス制御の手法例', en: 'Examples of access control' },
    source: 'PPC Q&A 10-18',
    detect: 'H',
    url: `${PPC_FAQ}faq1-q10-18/`,
    remedy: {
      en: 'Grant access by identified role with least privilege, and review the rights regularly',
      ja: '識別した役割ごとに最小限の権限を与え、権限を定期的に見直す',
    },
  },
  'PPC-QA-10-19': {
    id: 'PPC-QA-10-19',
    framework: 'ppc',
    title: { ja: 'アクセス者の識別と認証の手法例', en: 'Examples of identifying and authenticating users' },
    source: 'PPC Q&A 10-19',
    detect: 'H',
    url: `${PPC_FAQ}faq1-q10-19/`,
    remedy: {
      en: 'Use password rules, lockout and terminal/IP or certificate authentication for access to personal data',
      ja: '個人データへのアクセスにはパスワード規則、ロックアウト、端末・IPアドレス・証明書による認証を使う',
    },
  },
  'PPC-QA-10-20': {
    id: 'PPC-QA-10-20',
    framework: 'ppc',
    title: {
      ja: 'アクセス監視とアクセス記録の保護',
      en: 'Monitor access to personal data and protect the access records',
    },
    source: 'PPC Q&A 10-20',
    detect: 'H',
    url: `${PPC_FAQ}faq1-q10-20`,
    remedy: {
      en: 'Record successful and failed access to personal data, check for anomalies, and protect the records from leakage and tampering',
      ja: '個人データへのアクセスの成功・失敗を記録して異常を確認し、その記録を漏えい・改ざんから保護する',
    },
  },
  'PPC-QA-10-21': {
    id: 'PPC-QA-10-21',
    framework: 'ppc',
    title: {
      ja: '盗聴のおそれがある通信の暗号化(SSL/TLS等)、テストデータへの個人データ使用の回避',
      en: 'Encrypt personal data sent over networks open to eavesdropping (SSL/TLS); avoid real data in tests',
    },
    source: 'PPC Q&A 10-21',
    detect: 'H',
    url: `${PPC_FAQ}faq1-q10-21`,
    remedy: {
      en: 'Send personal data only over TLS with verification on, and use made-up data in tests and fixtures',
      ja: '個人データは証明書検証を有効にしたTLSでのみ送り、テストやフィクスチャには架空のデータを使う',
    },
  },
  'PPC-QA-10-23': {
    id: 'PPC-QA-10-23',
    framework: 'ppc',
    title: {
      ja: 'Q&A 10-23(外国での個人データの取扱い。28条の解説で参照)',
      en: 'Q&A 10-23 (handling personal data abroad; cited in explanations of Art. 28)',
    },
    source: 'PPC Q&A 10-23 (cited by law-firm explanations of APPI Art. 28; text not checked)',
    detect: 'O',
  },
  'PPC-QA-10-24': {
    id: 'PPC-QA-10-24',
    framework: 'ppc',
    title: {
      ja: '外的環境の把握: 外国の委託先・再委託先、国名の公表',
      en: 'External environment: foreign contractors and sub-contractors; disclose the country',
    },
    source: 'PPC Q&A 10-24',
    detect: 'O',
    url: `${PPC_FAQ}faq1-q10-24`,
  },
  'PPC-QA-12-3': {
    id: 'PPC-QA-12-3',
    framework: 'ppc',
    title: {
      ja: '外国のクラウド(事業者がデータを取り扱わない場合)への保存は「提供」に当たらない',
      en: 'Storing on a foreign cloud whose operator does not handle the data is not provision',
    },
    source: 'PPC Q&A 12-3 (secondary source)',
    detect: 'O',
  },
  'PPC-QA-14-8': {
    id: 'PPC-QA-14-8',
    framework: 'ppc',
    title: {
      ja: '口座番号それ自体では直ちに財産的被害のおそれがあるとはいえない',
      en: 'A bank account number by itself does not immediately risk financial loss',
    },
    source: 'PPC Q&A 14-8 (pseudonymised-information context)',
    detect: 'H',
    url: `${PPC_FAQ}faq1-q14-8`,
    remedy: {
      en: 'Treat bank account numbers as financial data: mask them before they are logged, exported or sent',
      ja: '口座番号は金融情報として扱い、ログ出力・書き出し・送信の前にマスクする',
    },
  },
  'PPC-QA-17-10': {
    id: 'PPC-QA-17-10',
    framework: 'ppc',
    title: {
      ja: '特定個人情報が不特定多数に閲覧されるおそれ(番号法Q&A 17-10)',
      en: 'My Number data viewable by an unspecified number of people (My Number Q&A 17-10)',
    },
    source: 'PPC My Number Q&A 17-10',
    detect: 'H',
    url: `${PPC_FAQ}faq5-q17-10`,
    remedy: {
      en: 'Never put My Numbers anywhere reachable from outside (public files, URLs, open storage)',
      ja: 'マイナンバーを外部から到達できる場所(公開ファイル、URL、公開ストレージ)に置かない',
    },
  },
  'PPC-QA-17-14': {
    id: 'PPC-QA-17-14',
    framework: 'ppc',
    title: {
      ja: '高度な暗号化等の秘匿化(推奨暗号と復号手段の適切な管理)',
      en: 'What counts as advanced encryption: recommended algorithms and properly managed decryption means',
    },
    source: 'PPC My Number Q&A 17-14',
    detect: 'C',
    url: `${PPC_FAQ}faq5-q17-14/`,
    remedy: {
      en: 'Use an algorithm from the CRYPTREC list or ISO/IEC 18033, implemented properly, and keep the key apart from the data and protected',
      ja: 'CRYPTREC電子政府推奨暗号リストまたはISO/IEC 18033のアルゴリズムを適切に実装し、鍵はデータと分離して保護する',
    },
  },

  // ── My Number Act (番号法) — digest §3, §8 ──
  'MYN-DEF': {
    id: 'MYN-DEF',
    framework: 'my-number',
    title: {
      ja: '個人番号・特定個人情報の定義(番号に代わる符号を含む)',
      en: 'My Number and specific personal information, including anything used in place of the number',
    },
    source: 'My Number Act Art. 2(5), 2(8)',
    detect: 'H',
    article: 'Art. 2(5), 2(8)',
    remedy: {
      en: 'A hash or token that stands for a My Number still counts as the number; only masking the whole number takes it out',
      ja: 'マイナンバーに代わるハッシュやトークンも番号と同じ扱いになる。対象外にするには番号全体をマスクする',
    },
  },
  'MYN-SEC': {
    id: 'MYN-SEC',
    framework: 'my-number',
    title: { ja: '個人番号の安全管理措置(番号法12条)', en: 'Security measures for My Numbers (My Number Act Art. 12)' },
    source: 'My Number Act Art. 12',
    detect: 'C',
    article: 'Art. 12',
    remedy: {
      en: 'Keep My Numbers only inside the system built for the permitted work, encrypted, with access limited to the staff doing that work',
      ja: 'マイナンバーは許された事務用のシステム内だけで暗号化して扱い、アクセスは担当者に限定する',
    },
  },
  'MYN-ASK': {
    id: 'MYN-ASK',
    framework: 'my-number',
    title: { ja: '提供の求めの制限(番号法15条)', en: 'No asking for My Numbers outside permitted work (My Number Act Art. 15)' },
    source: 'My Number Act Art. 15',
    detect: 'O',
    article: 'Art. 15',
  },
  'MYN-PROVIDE': {
    id: 'MYN-PROVIDE',
    framework: 'my-number',
    title: {
      ja: '特定個人情報の提供制限(番号法19条)',
      en: 'No providing specific personal information (My Number Act Art. 19)',
    },
    source: 'My Number Act Art. 19',
    detect: 'C',
    article: 'Art. 19',
    remedy: {
      en: 'Do not send My Numbers to this destination; provide them only in the cases Art. 19 lists (the permitted procedures, or a contractor for that work)',
      ja: 'マイナンバーをこの送信先に送らない。提供は19条に定める場合(法定の事務、当該事務の委託先など)に限る',
    },
  },
  'MYN-STORE': {
    id: 'MYN-STORE',
    framework: 'my-number',
    title: {
      ja: '個人番号の収集・保管の制限(番号法20条)',
      en: 'No collecting or storing My Numbers outside permitted work (My Number Act Art. 20)',
    },
    source: 'My Number Act Art. 20',
    detect: 'C',
    article: 'Art. 20',
    remedy: {
      en: 'Do not log or store My Numbers outside the permitted work; mask the whole number (a hash or token still counts as the number)',
      ja: '許された事務以外でマイナンバーをログに出したり保存したりしない。番号全体をマスクする(ハッシュやトークンも番号とみなされる)',
    },
  },
  'MYN-FILE': {
    id: 'MYN-FILE',
    framework: 'my-number',
    title: {
      ja: '特定個人情報ファイルの作成制限(番号法29条)',
      en: 'No My Number files beyond what the work needs (My Number Act Art. 29)',
    },
    source: 'My Number Act Art. 29',
    detect: 'C',
    article: 'Art. 29',
    remedy: {
      en: 'Do not create files, exports or searchable logs holding My Numbers beyond what the work needs',
      ja: '事務に必要な範囲を超えて、マイナンバーを含むファイル・エクスポート・検索可能なログを作らない',
    },
  },
  'MYN-BREACH': {
    id: 'MYN-BREACH',
    framework: 'my-number',
    title: {
      ja: '特定個人情報の漏えい等の委員会報告・本人通知(番号法29条の4)',
      en: 'Report My Number breaches to the PPC and notify the people (My Number Act Art. 29-4)',
    },
    source:
      'My Number Act Art. 29-4; breach report rule Art. 2 (items 1–3: government systems, improper purpose, viewable by many; the item 4 head-count threshold is not verified)',
    detect: 'C',
    article: 'Art. 29-4',
    url: MYN_BREACH_RULE_URL,
    remedy: {
      en: 'Keep My Numbers out of logs, exports and outgoing requests, or encrypt them with a separately managed key',
      ja: 'マイナンバーをログ・エクスポート・外部への送信に含めない。含める場合は分離管理された鍵で暗号化する',
    },
  },
  'MYN-DISPOSE': {
    id: 'MYN-DISPOSE',
    framework: 'my-number',
    title: {
      ja: '不要になった個人番号の速やかな削除・廃棄(復元できない方法で)',
      en: 'Delete My Numbers as soon as they are no longer needed, so they cannot be restored',
    },
    source: 'PPC My Number guideline (secondary sources)',
    detect: 'H',
    article: 'guideline',
    remedy: {
      en: 'When the work and the retention period are over, delete the number irrecoverably (or mask it fully and keep the rest)',
      ja: '事務が終わり保存期間を過ぎたら、番号を復元できない方法で削除する(番号だけを完全にマスクして残りを保存してもよい)',
    },
  },
  'MYN-PENALTY': {
    id: 'MYN-PENALTY',
    framework: 'my-number',
    title: {
      ja: '番号法の罰則(特定個人情報ファイルの不正提供等、両罰規定)',
      en: 'My Number Act penalties (improper provision of My Number files and numbers; corporate fines)',
    },
    source: 'My Number Act Arts. 48, 49, 51, 57 (secondary sources)',
    detect: 'O',
    article: 'Arts. 48, 49, 51, 57',
  },

  // ── P-mark: JIPDEC 構築・運用指針 (JIS Q 15001:2023準拠) J-items — digest §4 ──
  'PMK-J.3.1.1': {
    id: 'PMK-J.3.1.1',
    framework: 'pmark',
    title: { ja: '個人情報の特定(個人情報管理台帳)', en: 'Identify personal information (inventory)' },
    source: 'JIPDEC 構築・運用指針 J.3.1.1',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.3.1.3': {
    id: 'PMK-J.3.1.3',
    framework: 'pmark',
    title: { ja: 'リスクアセスメント', en: 'Risk assessment' },
    source: 'JIPDEC 構築・運用指針 J.3.1.3',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.3.1.4': {
    id: 'PMK-J.3.1.4',
    framework: 'pmark',
    title: { ja: 'リスク対応', en: 'Risk treatment' },
    source: 'JIPDEC 構築・運用指針 J.3.1.4',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.4.4.2': {
    id: 'PMK-J.4.4.2',
    framework: 'pmark',
    title: { ja: '緊急事態への準備', en: 'Emergency (incident) preparedness' },
    source: 'JIPDEC 構築・運用指針 J.4.4.2',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.4.5.4': {
    id: 'PMK-J.4.5.4',
    framework: 'pmark',
    title: { ja: '内部規程', en: 'Internal rules' },
    source: 'JIPDEC 構築・運用指針 J.4.5.4',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.4.5.5': {
    id: 'PMK-J.4.5.5',
    framework: 'pmark',
    title: { ja: '記録の管理', en: 'Control of records' },
    source: 'JIPDEC 構築・運用指針 J.4.5.5',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.6.2': {
    id: 'PMK-J.6.2',
    framework: 'pmark',
    title: { ja: '内部監査', en: 'Internal audit' },
    source: 'JIPDEC 構築・運用指針 J.6.2',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.8.3': {
    id: 'PMK-J.8.3',
    framework: 'pmark',
    title: { ja: '要配慮個人情報などの取得', en: 'Acquisition of special-care personal information' },
    source: 'JIPDEC 構築・運用指針 J.8.3',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.8.8': {
    id: 'PMK-J.8.8',
    framework: 'pmark',
    title: { ja: '個人データの提供に関する措置', en: 'Measures for providing personal data' },
    source: 'JIPDEC 構築・運用指針 J.8.8',
    detect: 'H',
    url: PMARK_URL,
    remedy: {
      en: 'Provide personal data to another organisation only with the consent and records your P-mark rules require',
      ja: '他の組織への個人データの提供は、Pマークの規程が求める同意と記録がある場合に限る',
    },
  },
  'PMK-J.8.8.4': {
    id: 'PMK-J.8.8.4',
    framework: 'pmark',
    title: { ja: '個人関連情報の第三者提供の制限等', en: 'Restrictions on providing personal-related information to third parties' },
    source: 'JIPDEC 構築・運用指針 J.8.8.4',
    detect: 'H',
    url: PMARK_URL,
    remedy: {
      en: "Confirm the person's consent before cookie/device IDs go to a recipient that can tie them to a person",
      ja: '提供先が個人と結び付けられる場合は、Cookie・端末IDを送る前に本人の同意を確認する',
    },
  },
  'PMK-J.8.9': {
    id: 'PMK-J.8.9',
    framework: 'pmark',
    title: { ja: '匿名加工情報', en: 'Anonymised information' },
    source: 'JIPDEC 構築・運用指針 J.8.9',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.8.10': {
    id: 'PMK-J.8.10',
    framework: 'pmark',
    title: { ja: '仮名加工情報', en: 'Pseudonymised information' },
    source: 'JIPDEC 構築・運用指針 J.8.10',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.9.1': {
    id: 'PMK-J.9.1',
    framework: 'pmark',
    title: {
      ja: '正確性の確保(不要となった個人データの消去を含む)',
      en: 'Accuracy, including deletion of data no longer needed',
    },
    source: 'JIPDEC 構築・運用指針 J.9.1',
    detect: 'H',
    url: PMARK_URL,
    remedy: {
      en: 'Delete exported or cached personal data once it is no longer needed',
      ja: '書き出した個人データや一時保存したデータは、不要になったら削除する',
    },
  },
  'PMK-J.9.2': {
    id: 'PMK-J.9.2',
    framework: 'pmark',
    title: { ja: 'Pマーク 安全管理措置', en: 'P-mark security control measures' },
    source: 'JIPDEC 構築・運用指針 J.9.2',
    detect: 'C',
    url: PMARK_URL,
    remedy: {
      en: 'Mask or encrypt personal data at this sink; keep any suppression with who, why and when as audit evidence',
      ja: 'この出力先では個人データをマスクまたは暗号化する。抑止(suppression)する場合は誰が・なぜ・いつを監査証跡として残す',
    },
  },
  // J.9.3 / J.9.4 are inferred from the sequence of items (digest ✖): the titles say so.
  'PMK-J.9.3': {
    id: 'PMK-J.9.3',
    framework: 'pmark',
    title: { ja: '従業者の監督(項番は未確認)', en: 'Supervision of employees (item number not verified)' },
    source: 'JIPDEC 構築・運用指針; item number inferred from the sequence, not verified',
    detect: 'O',
    url: PMARK_URL,
  },
  'PMK-J.9.4': {
    id: 'PMK-J.9.4',
    framework: 'pmark',
    title: { ja: '委託先の監督(項番は未確認)', en: 'Supervision of contractors (item number not verified)' },
    source: 'JIPDEC 構築・運用指針; item number inferred from the sequence, not verified',
    detect: 'O',
    url: PMARK_URL,
  },

  // ── Other Japanese rules: 電気通信事業法 外部送信規律, 不正競争防止法 — digest §5.6, §8 ──
  'TEL-27-12': {
    id: 'TEL-27-12',
    framework: 'telecom',
    title: {
      ja: '外部送信規律(送信先・目的の通知/公表)',
      en: 'External-transmission rule: disclose destinations and purposes',
    },
    source: '電気通信事業法 第27条の12 (in force 2023-06-16)',
    detect: 'H',
    article: 'Art. 27-12',
    remedy: {
      en: 'List this SDK or destination, what it receives and why in your external-transmission notice (or obtain consent / offer opt-out)',
      ja: 'この送信先(SDK)・送信される情報・利用目的を外部送信の通知・公表に記載する(または同意取得・オプトアウト)',
    },
  },
  'UCPA-2-6': {
    id: 'UCPA-2-6',
    framework: 'ucpa',
    title: {
      ja: '営業秘密の要件(秘密管理性・有用性・非公知性)(不正競争防止法2条6項)',
      en: 'Trade secret: managed as secret, useful, not publicly known (Unfair Competition Prevention Act Art. 2(6))',
    },
    source: '不正競争防止法 第2条第6項',
    detect: 'O',
    article: 'Art. 2(6)',
  },
  'UCPA-21': {
    id: 'UCPA-21',
    framework: 'ucpa',
    title: {
      ja: '営業秘密侵害罪の罰則(不正競争防止法21条)',
      en: 'Criminal penalties for trade-secret infringement (Unfair Competition Prevention Act Art. 21)',
    },
    source: '不正競争防止法 第21条',
    detect: 'O',
    article: 'Art. 21',
  },

  // ── GDPR (Regulation (EU) 2016/679) — digest §5.1 ──
  'GDPR-4-5': {
    id: 'GDPR-4-5',
    framework: 'gdpr',
    title: {
      ja: '仮名化の定義(仮名化データも個人データ)(GDPR4条5項)',
      en: 'Pseudonymisation: pseudonymised data remain personal data (GDPR Art. 4(5))',
    },
    source: 'GDPR Art. 4(5)',
    detect: 'O',
    url: GDPR_URL,
  },
  'GDPR-5-1-c': {
    id: 'GDPR-5-1-c',
    framework: 'gdpr',
    title: { ja: 'データ最小化(GDPR5条1項c)', en: 'Data minimisation (GDPR Art. 5(1)(c))' },
    source: 'GDPR Art. 5(1)(c)',
    detect: 'C',
    url: GDPR_URL,
    remedy: {
      en: 'Limit the data to what is necessary for the purpose: pass only the fields you need',
      ja: '目的に必要な範囲に限定し、必要な項目だけを渡す',
    },
  },
  'GDPR-5-1-e': {
    id: 'GDPR-5-1-e',
    framework: 'gdpr',
    title: { ja: '保存期間の制限(GDPR5条1項e)', en: 'Storage limitation (GDPR Art. 5(1)(e))' },
    source: 'GDPR Art. 5(1)(e)',
    detect: 'H',
    url: GDPR_URL,
    remedy: {
      en: 'Give stored copies of personal data an expiry (TTL, lifecycle rule) and delete them when the purpose is met',
      ja: '保存した個人データに期限(TTL、ライフサイクル設定)を設け、目的を果たしたら削除する',
    },
  },
  'GDPR-5-1-f': {
    id: 'GDPR-5-1-f',
    framework: 'gdpr',
    title: { ja: '完全性及び機密性(GDPR5条1項f)', en: 'Integrity and confidentiality (GDPR Art. 5(1)(f))' },
    source: 'GDPR Art. 5(1)(f)',
    detect: 'H',
    url: GDPR_URL,
    remedy: {
      en: 'Protect personal data with appropriate technical measures (encryption, masking, access control) wherever it goes',
      ja: '個人データの行き先ごとに適切な技術的措置(暗号化、マスク、アクセス制御)で保護する',
    },
  },
  'GDPR-9-1': {
    id: 'GDPR-9-1',
    framework: 'gdpr',
    title: {
      ja: '特別な種類の個人データ(健康、信条、生体、性的指向等)(GDPR9条1項)',
      en: 'Special categories of personal data (health, beliefs, biometrics, sexual orientation…) (GDPR Art. 9(1))',
    },
    source: 'GDPR Art. 9(1)',
    detect: 'C',
    url: GDPR_URL,
    remedy: {
      en: 'Keep special-category data out of logs, exports and third-party calls, or protect it with encryption',
      ja: '特別な種類の個人データをログ・エクスポート・第三者への送信に含めない。含める場合は暗号化する',
    },
  },
  'GDPR-25': {
    id: 'GDPR-25',
    framework: 'gdpr',
    title: {
      ja: 'データ保護・バイデザイン及びバイデフォルト(GDPR25条)',
      en: 'Data protection by design and by default (GDPR Art. 25)',
    },
    source: 'GDPR Art. 25',
    detect: 'C',
    url: GDPR_URL,
    remedy: {
      en: 'Design the flow so that by default only the data each purpose needs is processed: select fields, pseudonymise identifiers',
      ja: '既定で目的ごとに必要なデータだけを扱う設計にする(項目の選択、識別子の仮名化)',
    },
  },
  'GDPR-32': {
    id: 'GDPR-32',
    framework: 'gdpr',
    title: { ja: '処理の安全性(GDPR32条)', en: 'Security of processing (GDPR Art. 32)' },
    source: 'GDPR Art. 32',
    detect: 'H',
    url: GDPR_URL,
    remedy: {
      en: 'Apply security appropriate to the risk: encryption in transit and at rest, confidentiality, and regular testing',
      ja: 'リスクに応じた安全性を確保する(通信時・保存時の暗号化、機密性の確保、定期的な検証)',
    },
  },
  'GDPR-32-1-a': {
    id: 'GDPR-32-1-a',
    framework: 'gdpr',
    title: { ja: '仮名化・暗号化(GDPR32条1項a)', en: 'Pseudonymisation and encryption (GDPR Art. 32(1)(a))' },
    source: 'GDPR Art. 32(1)(a)',
    detect: 'C',
    url: GDPR_URL,
    remedy: {
      en: 'Pseudonymise or encrypt the personal data before it reaches this sink',
      ja: 'この出力先に渡す前に個人データを仮名化または暗号化する',
    },
  },
  'GDPR-33': {
    id: 'GDPR-33',
    framework: 'gdpr',
    title: {
      ja: '監督機関への侵害通知(原則72時間以内)(GDPR33条)',
      en: 'Notify the supervisory authority of a breach, where feasible within 72 hours (GDPR Art. 33)',
    },
    source: 'GDPR Art. 33',
    detect: 'O',
    url: GDPR_URL,
  },
  'GDPR-34': {
    id: 'GDPR-34',
    framework: 'gdpr',
    title: {
      ja: '高リスクの侵害のデータ主体への連絡(GDPR34条)',
      en: 'Tell data subjects about a high-risk breach (GDPR Art. 34)',
    },
    source: 'GDPR Art. 34',
    detect: 'O',
    url: GDPR_URL,
  },
  'GDPR-34-3-a': {
    id: 'GDPR-34-3-a',
    framework: 'gdpr',
    title: {
      ja: '暗号化による本人通知の免除(GDPR34条3項a)',
      en: 'Encryption exemption from data-subject notice (GDPR Art. 34(3)(a))',
    },
    source: 'GDPR Art. 34(3)(a)',
    detect: 'C',
    url: GDPR_URL,
    remedy: {
      en: 'Encrypt the data so it is unintelligible to anyone not authorised; plaintext loses the exemption from telling the people affected',
      ja: '権限のない者が読めないよう暗号化する。平文のままでは本人への連絡の免除を受けられない',
    },
  },

  // ── PCI DSS v4.0.1 — digest §5.4 (3.4.1 / 3.5.1 checked via the PCI SSC FAQ) ──
  'PCI4-3.3.1': {
    id: 'PCI4-3.3.1',
    framework: 'pci-dss',
    title: {
      ja: '認証後はセンシティブ認証データ(SAD)を暗号化していても保持しない',
      en: 'Sensitive authentication data is not retained after authorization, even if encrypted',
    },
    source: 'PCI DSS v4.0.1 Req. 3.3.1',
    detect: 'C',
    remedy: {
      en: 'Never log or store CVV/CVC, PIN or track data after authorization, not even encrypted: drop the field',
      ja: 'セキュリティコード・PIN・トラックデータは、認証後は暗号化していてもログ出力・保存しない。項目から外す',
    },
  },
  'PCI4-3.3.1.2': {
    id: 'PCI4-3.3.1.2',
    framework: 'pci-dss',
    title: {
      ja: 'カード検証コード(セキュリティコード)は認証後に保持しない',
      en: 'The card verification code is not retained after authorization',
    },
    source: 'PCI DSS v4.0.1 Req. 3.3.1.2',
    detect: 'C',
    remedy: {
      en: 'Pass the security code straight to the payment processor and never write it to logs, files or storage',
      ja: 'セキュリティコードは決済代行にそのまま渡し、ログ・ファイル・ストレージに書かない',
    },
  },
  'PCI4-3.4.1': {
    id: 'PCI4-3.4.1',
    framework: 'pci-dss',
    title: { ja: 'PANの表示はBIN+下4桁まで', en: 'Mask PAN on display (at most BIN and last four digits)' },
    source: 'PCI DSS v4.0.1 Req. 3.4.1',
    detect: 'C',
    url: PCI_MASKING_FAQ_URL,
    remedy: {
      en: 'Display at most the BIN and the last four digits of a card number',
      ja: 'カード番号の表示は最大でもBINと下4桁までにする',
    },
  },
  'PCI4-3.5.1': {
    id: 'PCI4-3.5.1',
    framework: 'pci-dss',
    title: { ja: '保存PAN(ログ含む)は判読不能に', en: 'Render stored PAN unreadable, including in logs' },
    source: 'PCI DSS v4.0.1 Req. 3.5.1',
    detect: 'C',
    url: PCI_MASKING_FAQ_URL,
    remedy: {
      en: 'Render the PAN unreadable wherever it is stored, logs included: truncate, tokenise, keyed-hash the full PAN, or encrypt it with managed keys',
      ja: 'PANはログを含む保存先で判読不能にする(切り詰め、トークン化、PAN全体の鍵付きハッシュ、鍵管理された強力な暗号化)',
    },
  },
  'PCI4-4.2.1': {
    id: 'PCI4-4.2.1',
    framework: 'pci-dss',
    title: {
      ja: '公衆ネットワーク上のPAN送信は強力な暗号化で保護',
      en: 'Strong cryptography protects PAN over open, public networks',
    },
    source: 'PCI DSS v4.0.1 Req. 4.2.1',
    detect: 'C',
    remedy: {
      en: 'Send card data only over TLS with certificate verification on',
      ja: 'カード情報は証明書検証を有効にしたTLSでのみ送る',
    },
  },
  'PCI4-4.2.2': {
    id: 'PCI4-4.2.2',
    framework: 'pci-dss',
    title: {
      ja: 'メール・チャット等のエンドユーザーメッセージングでのPAN送信は強力な暗号化で保護',
      en: 'PAN sent by end-user messaging (e-mail, chat) is secured with strong cryptography',
    },
    source: 'PCI DSS v4.0.1 Req. 4.2.2',
    detect: 'C',
    remedy: {
      en: 'Do not put card numbers in e-mail, chat or SMS; send a masked number or a link to a secure page instead',
      ja: 'カード番号をメール・チャット・SMSに載せない。マスクした番号か安全なページへのリンクを送る',
    },
  },
  'PCI4-10': {
    id: 'PCI4-10',
    framework: 'pci-dss',
    title: {
      ja: 'システムコンポーネントとカード会員データへの全アクセスの記録と監視',
      en: 'Log and monitor all access to system components and cardholder data',
    },
    source: 'PCI DSS v4.0.1 Req. 10',
    detect: 'H',
    remedy: {
      en: 'Record every access to cardholder data as an audit event that names the record, not the card number',
      ja: 'カード会員データへのアクセスはすべて監査イベントとして記録する(カード番号ではなくレコードの参照を記録)',
    },
  },
  'PCI4-10.2.1.1': {
    id: 'PCI4-10.2.1.1',
    framework: 'pci-dss',
    title: {
      ja: '監査ログはカード会員データへの個々のユーザーのアクセスをすべて記録',
      en: 'Audit logs capture all individual user access to cardholder data',
    },
    source: 'PCI DSS v4.0.1 Req. 10.2.1.1',
    detect: 'H',
    remedy: {
      en: 'Log who accessed which cardholder record and when, without writing the PAN itself',
      ja: '誰が・いつ・どのカード会員データにアクセスしたかを記録する(PAN自体は書かない)',
    },
  },

  // ── HIPAA (US) — digest §5.5 ──
  'HIPAA-164.312': {
    id: 'HIPAA-164.312',
    framework: 'hipaa',
    title: {
      ja: 'HIPAA技術的保護措置(アクセス制御、監査、完全性、認証、送信の安全性)',
      en: 'HIPAA technical safeguards (access control, audit controls, integrity, authentication, transmission security)',
    },
    source: '45 CFR 164.312 (a)–(e)',
    detect: 'H',
    article: '45 CFR 164.312; (b) audit controls; (e) transmission security',
    url: HIPAA_URL,
    remedy: {
      en: 'Encrypt PHI in transit and at rest with keys kept apart from the data, and keep audit records that do not contain the PHI itself',
      ja: 'PHIは通信時・保存時にデータと分離した鍵で暗号化し、PHI自体を含まない監査記録を残す',
    },
  },

  // ── OWASP Top 10: 2021 and 2025 (release candidate 2025-11-06) — digest §5.2 ──
  'OWASP21-A01': {
    id: 'OWASP21-A01',
    framework: 'owasp',
    title: { ja: 'アクセス制御の不備(OWASP Top 10:2021 A01)', en: 'Broken Access Control (OWASP Top 10:2021 A01)' },
    source: 'OWASP Top 10:2021 A01 (maps CWE-200, 201, 359, 538, 922)',
    detect: 'H',
    url: `${OWASP21}A01_2021-Broken_Access_Control/`,
    remedy: {
      en: 'Expose personal data only to actors authorised to see it',
      ja: '個人データは閲覧を許可された者にだけ公開する',
    },
  },
  'OWASP21-A02': {
    id: 'OWASP21-A02',
    framework: 'owasp',
    title: { ja: '暗号化の失敗(OWASP Top 10:2021 A02)', en: 'Cryptographic Failures (OWASP Top 10:2021 A02)' },
    source: 'OWASP Top 10:2021 A02 (maps CWE-319)',
    detect: 'C',
    url: `${OWASP21}A02_2021-Cryptographic_Failures/`,
    remedy: {
      en: 'Encrypt sensitive data in transit (TLS with verification) and at rest with managed keys',
      ja: '機微なデータは通信時(検証付きTLS)と保存時(管理された鍵)に暗号化する',
    },
  },
  'OWASP21-A04': {
    id: 'OWASP21-A04',
    framework: 'owasp',
    title: { ja: '安全が確認されない不安全な設計(OWASP Top 10:2021 A04)', en: 'Insecure Design (OWASP Top 10:2021 A04)' },
    source: 'OWASP Top 10:2021 A04 (maps CWE-311, 312, 313, 316)',
    detect: 'H',
    url: `${OWASP21}A04_2021-Insecure_Design/`,
    remedy: {
      en: 'Design exports and storage so that personal data is encrypted or left out by default',
      ja: '出力や保存の処理を、個人データが既定で暗号化されるか含まれない設計にする',
    },
  },
  // Listed because reviewers look the category up; PII Guard does not detect it.
  'OWASP21-A06': {
    id: 'OWASP21-A06',
    framework: 'owasp',
    title: {
      ja: '脆弱で古くなったコンポーネント(OWASP Top 10:2021 A06)',
      en: 'Vulnerable and Outdated Components (OWASP Top 10:2021 A06)',
    },
    source: 'OWASP Top 10:2021 A06 (not cited by PII Guard findings)',
    detect: 'O',
    url: `${OWASP21}A06_2021-Vulnerable_and_Outdated_Components/`,
  },
  'OWASP21-A07': {
    id: 'OWASP21-A07',
    framework: 'owasp',
    title: {
      ja: '識別と認証の失敗(OWASP Top 10:2021 A07)',
      en: 'Identification and Authentication Failures (OWASP Top 10:2021 A07)',
    },
    source: 'OWASP Top 10:2021 A07',
    detect: 'H',
    url: `${OWASP21}A07_2021-Identification_and_Authentication_Failures/`,
    remedy: {
      en: 'Keep passwords, tokens and session IDs out of logs, files and third-party calls',
      ja: 'パスワード・トークン・セッションIDをログ・ファイル・第三者への送信に含めない',
    },
  },
  'OWASP21-A09': {
    id: 'OWASP21-A09',
    framework: 'owasp',
    title: {
      ja: 'セキュリティログとモニタリングの失敗(OWASP Top 10:2021 A09)',
      en: 'Security Logging and Monitoring Failures (OWASP Top 10:2021 A09)',
    },
    source: 'OWASP Top 10:2021 A09 (maps CWE-117, 223, 532, 778)',
    detect: 'C',
    url: `${OWASP21}A09_2021-Security_Logging_and_Monitoring_Failures/`,
    remedy: {
      en: 'Log security events with references (IDs, counts), never the personal or secret values',
      ja: 'セキュリティイベントは参照(ID、件数)で記録し、個人情報や秘密の値そのものは記録しない',
    },
  },
  'OWASP25-A01': {
    id: 'OWASP25-A01',
    framework: 'owasp',
    title: { ja: 'アクセス制御の不備(OWASP Top 10:2025 A01)', en: 'Broken Access Control (OWASP Top 10:2025 A01)' },
    source: 'OWASP Top 10:2025 A01, release candidate (maps CWE-200, 201, 359, 538, 922)',
    detect: 'H',
    url: OWASP25_URL,
    remedy: {
      en: 'Expose personal data only to actors authorised to see it',
      ja: '個人データは閲覧を許可された者にだけ公開する',
    },
  },
  // Listed because reviewers look the category up; PII Guard does not detect it.
  'OWASP25-A02': {
    id: 'OWASP25-A02',
    framework: 'owasp',
    title: { ja: 'セキュリティ設定のミス(OWASP Top 10:2025 A02)', en: 'Security Misconfiguration (OWASP Top 10:2025 A02)' },
    source: 'OWASP Top 10:2025 A02, release candidate (not cited by PII Guard findings)',
    detect: 'O',
    url: OWASP25_URL,
  },
  'OWASP25-A04': {
    id: 'OWASP25-A04',
    framework: 'owasp',
    title: { ja: '暗号化の失敗(OWASP Top 10:2025 A04)', en: 'Cryptographic Failures (OWASP Top 10:2025 A04)' },
    source: 'OWASP Top 10:2025 A04, release candidate (maps CWE-319)',
    detect: 'C',
    url: OWASP25_URL,
    remedy: {
      en: 'Encrypt sensitive data in transit (TLS with verification) and at rest with managed keys',
      ja: '機微なデータは通信時(検証付きTLS)と保存時(管理された鍵)に暗号化する',
    },
  },
  'OWASP25-A06': {
    id: 'OWASP25-A06',
    framework: 'owasp',
    title: { ja: '安全が確認されない不安全な設計(OWASP Top 10:2025 A06)', en: 'Insecure Design (OWASP Top 10:2025 A06)' },
    source: 'OWASP Top 10:2025 A06, release candidate (maps CWE-311, 312, 313, 316)',
    detect: 'H',
    url: OWASP25_URL,
    remedy: {
      en: 'Design exports and storage so that personal data is encrypted or left out by default',
      ja: '出力や保存の処理を、個人データが既定で暗号化されるか含まれない設計にする',
    },
  },
  'OWASP25-A09': {
    id: 'OWASP25-A09',
    framework: 'owasp',
    title: {
      ja: 'ログ記録とアラートの失敗(OWASP Top 10:2025 A09)',
      en: 'Logging & Alerting Failures (OWASP Top 10:2025 A09)',
    },
    source: 'OWASP Top 10:2025 A09, release candidate (maps CWE-117, 221, 223, 532, 778; names logging PII as a failure)',
    detect: 'C',
    url: OWASP25_URL,
    remedy: {
      en: 'Log security events with references (IDs, counts), never the personal or secret values',
      ja: 'セキュリティイベントは参照(ID、件数)で記録し、個人情報や秘密の値そのものは記録しない',
    },
  },

  // ── CWE (MITRE) — digest §5.3; CWE-522 added for the credential tier (mapping.ts) ──
  'CWE-200': {
    id: 'CWE-200',
    framework: 'cwe',
    title: {
      ja: '権限のない者への機微情報の露出',
      en: 'Exposure of Sensitive Information to an Unauthorized Actor',
    },
    source: 'MITRE CWE-200 (parent of 201, 359, 532, 538…)',
    detect: 'H',
    url: `${CWE}200.html`,
    remedy: {
      en: 'Make sure sensitive data reaches only actors authorised to see it',
      ja: '機微な情報が閲覧を許可された者にだけ届くようにする',
    },
  },
  'CWE-201': {
    id: 'CWE-201',
    framework: 'cwe',
    title: { ja: '送信データへの機微情報の挿入', en: 'Insertion of Sensitive Information Into Sent Data' },
    source: 'MITRE CWE-201 (OWASP 2021 lists it as "Exposure of Sensitive Information Through Sent Data")',
    detect: 'C',
    url: `${CWE}201.html`,
    remedy: {
      en: 'Send only the fields the recipient needs; mask or drop personal data in the payload',
      ja: '送信先が必要とする項目だけを送り、ペイロード内の個人データはマスクするか外す',
    },
  },
  'CWE-209': {
    id: 'CWE-209',
    framework: 'cwe',
    title: { ja: '機微情報を含むエラーメッセージの生成', en: 'Generation of Error Message Containing Sensitive Information' },
    source: 'MITRE CWE-209',
    detect: 'C',
    url: `${CWE}209.html`,
    remedy: {
      en: 'Build error messages from IDs and error codes, not from personal values',
      ja: 'エラーメッセージは個人データの値ではなくIDやエラーコードで組み立てる',
    },
  },
  'CWE-311': {
    id: 'CWE-311',
    framework: 'cwe',
    title: { ja: '機微なデータの暗号化の欠如', en: 'Missing Encryption of Sensitive Data' },
    source: 'MITRE CWE-311',
    detect: 'C',
    url: `${CWE}311.html`,
    remedy: {
      en: 'Encrypt the data with a proper cipher and a managed key; encoding (Base64) or an unsalted hash is not encryption',
      ja: '適切な暗号方式と管理された鍵で暗号化する。エンコード(Base64)やソルトなしハッシュは暗号化ではない',
    },
  },
  'CWE-312': {
    id: 'CWE-312',
    framework: 'cwe',
    title: { ja: '機微情報の平文保存', en: 'Cleartext Storage of Sensitive Information' },
    source: 'MITRE CWE-312',
    detect: 'C',
    url: `${CWE}312.html`,
    remedy: {
      en: 'Encrypt sensitive data before storing it, or do not store it',
      ja: '機微な情報は暗号化してから保存するか、保存しない',
    },
  },
  'CWE-313': {
    id: 'CWE-313',
    framework: 'cwe',
    title: { ja: 'ファイルまたはディスクへの平文保存', en: 'Cleartext Storage in a File or on Disk' },
    source: 'MITRE CWE-313',
    detect: 'C',
    url: `${CWE}313.html`,
    remedy: {
      en: 'Encrypt the file contents before writing them to disk',
      ja: 'ディスクに書き込む前にファイルの内容を暗号化する',
    },
  },
  'CWE-319': {
    id: 'CWE-319',
    framework: 'cwe',
    title: { ja: '機微情報の平文送信', en: 'Cleartext Transmission of Sensitive Information' },
    source: 'MITRE CWE-319',
    detect: 'C',
    url: `${CWE}319.html`,
    remedy: {
      en: 'Use https:// / wss:// and keep TLS certificate verification on',
      ja: 'https:// / wss:// を使い、TLSの証明書検証を有効にしておく',
    },
  },
  'CWE-321': {
    id: 'CWE-321',
    framework: 'cwe',
    title: { ja: 'ハードコードされた暗号鍵の使用', en: 'Use of Hard-coded Cryptographic Key' },
    source: 'MITRE CWE-321',
    detect: 'C',
    url: `${CWE}321.html`,
    remedy: {
      en: 'Load the key from a KMS or secret store at run time and rotate the one committed to the code',
      ja: '鍵は実行時にKMSやシークレットストアから読み込み、コードに書かれていた鍵は交換する',
    },
  },
  'CWE-359': {
    id: 'CWE-359',
    framework: 'cwe',
    title: {
      ja: '権限のない者への個人情報の露出',
      en: 'Exposure of Private Personal Information to an Unauthorized Actor',
    },
    source: 'MITRE CWE-359',
    detect: 'C',
    url: `${CWE}359.html`,
    remedy: {
      en: 'Send personal information only to recipients entitled to it, with only the fields they need',
      ja: '個人情報は受け取る権限のある相手にだけ、必要な項目に限って送る',
    },
  },
  'CWE-522': {
    id: 'CWE-522',
    framework: 'cwe',
    title: { ja: '不十分に保護された認証情報', en: 'Insufficiently Protected Credentials' },
    source: 'MITRE CWE-522',
    detect: 'C',
    url: `${CWE}522.html`,
    remedy: {
      en: 'Never log, export or forward passwords, tokens or keys; store secrets only hashed (passwords) or in a secret store',
      ja: 'パスワード・トークン・鍵をログ出力・書き出し・転送しない。パスワードはハッシュ化、秘密情報はシークレットストアで保管する',
    },
  },
  'CWE-525': {
    id: 'CWE-525',
    framework: 'cwe',
    title: {
      ja: '機微情報を含むWebブラウザーキャッシュの使用',
      en: 'Use of Web Browser Cache Containing Sensitive Information',
    },
    source: 'MITRE CWE-525',
    detect: 'H',
    url: `${CWE}525.html`,
    remedy: {
      en: 'Send Cache-Control: no-store on responses that carry personal data',
      ja: '個人データを含むレスポンスには Cache-Control: no-store を付ける',
    },
  },
  'CWE-532': {
    id: 'CWE-532',
    framework: 'cwe',
    title: { ja: 'ログへの機微情報の出力', en: 'Insertion of Sensitive Information into Log File' },
    source: 'MITRE CWE-532',
    detect: 'C',
    url: `${CWE}532.html`,
    remedy: {
      en: 'Log a reference (user ID, record count), not the value; or configure the logger to redact the field',
      ja: '値ではなく参照(ユーザーID、件数)をログに出す。またはロガーの設定でその項目を伏せ字にする',
    },
  },
  'CWE-538': {
    id: 'CWE-538',
    framework: 'cwe',
    title: {
      ja: '外部からアクセス可能なファイル・ディレクトリへの機微情報の挿入',
      en: 'Insertion of Sensitive Information into Externally-Accessible File or Directory',
    },
    source: 'MITRE CWE-538',
    detect: 'H',
    url: `${CWE}538.html`,
    remedy: {
      en: 'Write exports outside public and web-served directories, and encrypt them',
      ja: 'エクスポートは公開ディレクトリやWeb公開領域の外に書き、暗号化する',
    },
  },
  'CWE-539': {
    id: 'CWE-539',
    framework: 'cwe',
    title: {
      ja: '機微情報を含む永続Cookieの使用',
      en: 'Use of Persistent Cookies Containing Sensitive Information',
    },
    source: 'MITRE CWE-539',
    detect: 'C',
    url: `${CWE}539.html`,
    remedy: {
      en: 'Put an opaque session ID in the cookie and keep the personal data on the server',
      ja: 'Cookieには意味を持たないセッションIDだけを入れ、個人データはサーバー側に置く',
    },
  },
  'CWE-598': {
    id: 'CWE-598',
    framework: 'cwe',
    title: {
      ja: '機微なクエリ文字列を伴うGETリクエストの使用',
      en: 'Use of GET Request Method With Sensitive Query Strings',
    },
    source: 'MITRE CWE-598',
    detect: 'C',
    url: `${CWE}598.html`,
    remedy: {
      en: 'Move personal data from the URL or query string into a POST body (over HTTPS)',
      ja: '個人データをURLやクエリ文字列から外し、(HTTPSの)POSTボディで送る',
    },
  },
  'CWE-922': {
    id: 'CWE-922',
    framework: 'cwe',
    title: { ja: '機微情報の安全でない保存', en: 'Insecure Storage of Sensitive Information' },
    source: 'MITRE CWE-922 (localStorage, sessionStorage, IndexedDB)',
    detect: 'C',
    url: `${CWE}922.html`,
    remedy: {
      en: 'Keep personal data out of localStorage/sessionStorage/IndexedDB; hold it in memory or on the server',
      ja: '個人データをlocalStorage・sessionStorage・IndexedDBに保存せず、メモリ上かサーバー側で保持する',
    },
  },
};
