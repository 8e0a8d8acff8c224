/**
 * 料理教室「キッチンスタジオ彩」予約フォームの設定。
 *
 * シートID・Webhook のトークン部分・Chatwork の API トークンはスクリプトプロパティに置く
 * (プロジェクトの設定 > スクリプト プロパティ)。ソースには書かないこと。
 */

const STUDIO = Object.freeze({
  name: 'キッチンスタジオ彩',
  // 予約受付の共有アドレス(店長・スタッフで見ている)
  adminEmail: 'yoyaku@irodori-kitchen.example.jp',
  // 代表電話。お客様向けメールの署名に入れる
  tel: '0466-29-0000',
  url: 'https://irodori-kitchen.example.jp/',
});

const STORES = Object.freeze([
  { code: 'YKH', 店舗名: '横浜みなとみらい店', open: '10:00', close: '20:00' },
  { code: 'FJS', 店舗名: '藤沢駅前店', open: '10:00', close: '19:00' },
]);

/** 1回のご予約で受け付ける人数の上限(調理台1台あたり)。 */
const MAX_PEOPLE = 3;

const SHEET = Object.freeze({
  RESPONSES: 'フォームの回答 1',
  BOOKINGS: '予約一覧',
  MEMBERS: '会員台帳',
});

/** Slack Incoming Webhook。サービスパス(T…/B…/…)はスクリプトプロパティ SLACK_WEBHOOK_PATH。 */
const SLACK_WEBHOOK_BASE = 'https://hooks.slack.com/services/';

const CHATWORK_API = 'https://api.chatwork.com/v2';

function prop_(key) {
  const value = PropertiesService.getScriptProperties().getProperty(key);
  if (!value) throw new Error('スクリプトプロパティが未設定です: ' + key);
  return value;
}
