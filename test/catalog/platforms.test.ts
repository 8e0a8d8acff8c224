// Japanese business platforms (issue 6, sinks): Google Apps Script, kintone, LINE, and the chat and notes
// SaaS (Slack, Chatwork, Teams, Discord, Notion). Each case is written from what the rule must report
// (DESIGN.md "What is a take-out"); positions and message data are those of the sink's callee.
// Apps Script is linted as JavaScript (the CLI treats `.gs` so), hence the `.gs.js` file names.
import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { CatalogIndex } from '../../rules/src/analysis/catalog-index.js';
import { classifyUrl } from '../../rules/src/analysis/destinations.js';
import { KNOWN_HOSTS } from '../../rules/src/catalog/hosts.js';
import { SINKS, sinkById } from '../../rules/src/catalog/index.js';
import type { AccessPath } from '../../rules/src/catalog/types.js';
import logs from '../../rules/src/rules/no-pii-in-logs.js';
import exportRule from '../../rules/src/rules/no-unprotected-pii-export.js';
import transmission from '../../rules/src/rules/no-unprotected-pii-transmission.js';

// ---- catalog paths ------------------------------------------------------------------------------------

const index = new CatalogIndex(SINKS);

function glob(name: string, ...segments: string[]): AccessPath {
  return { root: { type: 'global', name }, segments };
}
function mod(module: string, ...segments: string[]): AccessPath {
  return { root: { type: 'module', module }, segments };
}
function unknown(name: string, ...segments: string[]): AccessPath {
  return { root: { type: 'unknown', name }, segments };
}
function ids(path: AccessPath): string[] {
  return index.match(path).map((m) => m.spec.id);
}

describe('platform catalog paths', () => {
  it('anchors spreadsheet writes to SpreadsheetApp through any opener, sheet and range getters', () => {
    expect(index.match(glob('SpreadsheetApp', 'getActiveSpreadsheet', '()', 'getSheetByName', '()', 'appendRow'))).toEqual([
      { spec: sinkById('apps-script.Sheet.appendRow'), resolvedBy: 'global' },
    ]);
    expect(ids(glob('SpreadsheetApp', 'getActiveSheet', '()', 'appendRow'))).toEqual(['apps-script.Sheet.appendRow']);
    expect(ids(glob('SpreadsheetApp', 'openById', '()', 'getSheetByName', '()', 'getRange', '()', 'setValues'))).toEqual(['apps-script.Range.setValues']);
    expect(ids(glob('SpreadsheetApp', 'getActive', '()', 'getSheetByName', '()', 'getRange', '()', 'offset', '()', 'setValue'))).toEqual([
      'apps-script.Range.setValues',
    ]);
    expect(ids(glob('SpreadsheetApp', 'getActiveRange', '()', 'setNote'))).toEqual(['apps-script.Range.setValues']);
    // structural changes, reads and the UI are not writes
    expect(ids(glob('SpreadsheetApp', 'getActive', '()', 'getSheetByName', '()', 'insertRowBefore'))).toEqual([]);
    expect(ids(glob('SpreadsheetApp', 'getActive', '()', 'getSheetByName', '()', 'getDataRange', '()', 'getValues'))).toEqual([]);
    expect(ids(glob('SpreadsheetApp', 'getUi', '()', 'alert'))).toEqual([]);
    // the `*()` chains are anchored: on another global only a receiver name can still match, at lower confidence
    expect(ids(glob('Foo', 'getActive', '()', 'getData', '()', 'appendRow'))).toEqual([]);
    expect(index.match(glob('Foo', 'getActive', '()', 'getSheetByName', '()', 'appendRow'))).toEqual([
      { spec: sinkById('apps-script.Sheet.appendRow'), resolvedBy: 'receiver-name' },
    ]);
  });

  it('finds sheets and ranges handed around by their receiver names', () => {
    expect(index.match(unknown('sheet', 'appendRow'))).toEqual([{ spec: sinkById('apps-script.Sheet.appendRow'), resolvedBy: 'receiver-name' }]);
    expect(ids(unknown('memberSheet', 'appendRow'))).toEqual(['apps-script.Sheet.appendRow']);
    expect(ids(unknown('ss', 'getSheetByName', '()', 'appendRow'))).toEqual(['apps-script.Sheet.appendRow']);
    expect(ids(unknown('e', 'range', 'setValue'))).toEqual(['apps-script.Range.setValues']);
    expect(ids(unknown('sheet', 'getRange', '()', 'setValues'))).toEqual(['apps-script.Range.setValues']);
    expect(ids(unknown('sheet', 'getActiveCell', '()', 'setValue'))).toEqual(['apps-script.Range.setValues']);
    expect(ids(unknown('folder', 'createFile'))).toEqual(['apps-script.DriveApp.createFile']);
    expect(ids(unknown('body', 'replaceText'))).toEqual(['apps-script.DocumentApp.replaceText']);
    expect(ids(unknown('props', 'setProperty'))).toEqual(['apps-script.PropertiesService.setProperty']);
    // `cache.put(request, response)` is the Cache API of a service worker, not CacheService
    expect(ids(unknown('cache', 'put'))).toEqual([]);
    expect(ids(unknown('style', 'setProperty'))).toEqual([]);
  });

  it('covers the other Apps Script services, writes only', () => {
    expect(index.match(glob('Logger', 'log'))).toEqual([{ spec: sinkById('apps-script.Logger.log'), resolvedBy: 'global' }]);
    expect(ids(glob('MailApp', 'sendEmail'))).toEqual(['apps-script.MailApp.sendEmail', 'apps-script.MailApp.sendEmail.message']);
    expect(ids(glob('MailApp', 'getRemainingDailyQuota'))).toEqual([]);
    expect(ids(glob('GmailApp', 'createDraft'))).toEqual(['apps-script.GmailApp.sendEmail']);
    expect(ids(glob('GmailApp', 'search'))).toEqual([]);
    expect(ids(glob('UrlFetchApp', 'fetch'))).toEqual(['apps-script.UrlFetchApp.fetch']);
    expect(ids(glob('UrlFetchApp', 'fetchAll'))).toEqual(['apps-script.UrlFetchApp.fetchAll']);
    expect(ids(glob('DriveApp', 'getFoldersByName', '()', 'next', '()', 'createFile'))).toEqual(['apps-script.DriveApp.createFile']);
    expect(ids(glob('DriveApp', 'getFileById', '()', 'setContent'))).toEqual(['apps-script.File.setContent']);
    expect(ids(glob('DriveApp', 'getFileById', '()', 'getName'))).toEqual([]);
    expect(ids(glob('DocumentApp', 'create', '()', 'getBody', '()', 'appendParagraph'))).toEqual(['apps-script.DocumentApp.append']);
    expect(ids(glob('DocumentApp', 'openById', '()', 'getBody', '()', 'insertParagraph'))).toEqual(['apps-script.DocumentApp.insert']);
    expect(ids(glob('DocumentApp', 'openById', '()', 'getBody', '()', 'getText'))).toEqual([]);
    expect(ids(glob('SlidesApp', 'openById', '()', 'replaceAllText'))).toEqual(['apps-script.SlidesApp.replaceAllText']);
    expect(ids(glob('SlidesApp', 'create', '()', 'appendSlide', '()', 'insertTextBox'))).toEqual(['apps-script.SlidesApp.insertTextBox']);
    expect(ids(glob('PropertiesService', 'getUserProperties', '()', 'setProperties'))).toEqual(['apps-script.PropertiesService.setProperties']);
    expect(ids(glob('PropertiesService', 'getScriptProperties', '()', 'getProperty'))).toEqual([]);
    expect(ids(glob('CacheService', 'getScriptCache', '()', 'put'))).toEqual(['apps-script.CacheService.put']);
    expect(ids(glob('CacheService', 'getUserCache', '()', 'putAll'))).toEqual(['apps-script.CacheService.putAll']);
    expect(ids(glob('CacheService', 'getScriptCache', '()', 'get'))).toEqual([]);
  });

  it('takes the kintone proxies as sends and leaves kintone.api, the own database, alone', () => {
    expect(ids(glob('kintone', 'proxy'))).toEqual(['kintone.proxy']);
    expect(ids(glob('kintone', 'proxy', 'upload'))).toEqual(['kintone.proxy']);
    expect(ids(glob('kintone', 'plugin', 'app', 'proxy'))).toEqual(['kintone.plugin.app.proxy']);
    expect(ids(glob('kintone', 'plugin', 'app', 'proxy', 'upload'))).toEqual(['kintone.plugin.app.proxy']);
    expect(ids(glob('kintone', 'api'))).toEqual([]);
    expect(ids(glob('kintone', 'app', 'record', 'get'))).toEqual([]);
    expect(sinkById('kintone.plugin.app.proxy')?.args?.find((a) => a.role === 'url')?.index).toBe(1);
  });

  it('knows both LINE SDK generations, and LIFF as an import or the CDN global', () => {
    const v8 = ['messagingApi', 'MessagingApiClient', 'new()'];
    expect(ids(mod('@line/bot-sdk', ...v8, 'pushMessage'))).toEqual(['line.pushMessage']);
    expect(ids(mod('@line/bot-sdk', ...v8, 'pushMessageWithHttpInfo'))).toEqual(['line.pushMessage']);
    expect(ids(mod('@line/bot-sdk', ...v8, 'replyMessage'))).toEqual(['line.replyMessage']);
    expect(ids(mod('@line/bot-sdk', ...v8, 'narrowcast'))).toEqual(['line.broadcast']);
    expect(ids(mod('@line/bot-sdk', ...v8, 'getProfile'))).toEqual([]);
    expect(ids(mod('@line/bot-sdk', 'Client', 'new()', 'replyMessage'))).toEqual(['line.legacy.pushMessage']);
    expect(ids(mod('@line/bot-sdk', 'Client', 'new()', 'multicast'))).toEqual(['line.legacy.multicast']);
    expect(ids(mod('@line/bot-sdk', 'Client', 'new()', 'narrowcast'))).toEqual(['line.legacy.broadcast']);
    // the request object carries the recipient in v8; the old client takes it first
    expect(sinkById('line.pushMessage')?.args?.[0]?.properties).toEqual({ to: 'recipient', messages: 'data' });
    expect(sinkById('line.replyMessage')?.args?.[0]?.properties).toEqual({ replyToken: 'recipient', messages: 'data' });
    expect(sinkById('line.legacy.pushMessage')?.args?.[0]).toEqual({ index: 0, role: 'recipient' });
    expect(ids(mod('@line/liff', 'shareTargetPicker'))).toEqual(['liff.shareTargetPicker']);
    expect(ids(glob('liff', 'sendMessages'))).toEqual(['liff.sendMessages']);
    expect(ids(glob('liff', 'getProfile'))).toEqual([]);
    for (const id of ['line.pushMessage', 'line.legacy.broadcast', 'liff.shareTargetPicker']) {
      expect(sinkById(id)?.vendor, id).toEqual({ name: 'LINE Yahoo', country: 'JP' });
    }
  });

  it('adds Slack files, the Chatwork client and Notion writes', () => {
    expect(ids(mod('@slack/web-api', 'WebClient', 'new()', 'files', 'uploadV2'))).toEqual(['slack.files']);
    expect(ids(mod('@slack/bolt', 'App', 'new()', 'client', 'files', 'upload'))).toEqual(['slack.files']);
    expect(ids(mod('@slack/web-api', 'WebClient', 'new()', 'files', 'list'))).toEqual([]);
    expect(ids(mod('chatwork-api-client', 'new()', 'postRoomTask'))).toEqual(['chatwork-api-client']);
    expect(ids(mod('chatwork-api-client', 'new()', 'putRoomMessage'))).toEqual(['chatwork-api-client.putRoomMessage']);
    expect(ids(mod('chatwork-api-client', 'new()', 'getRooms'))).toEqual([]);
    expect(ids(mod('@notionhq/client', 'Client', 'new()', 'blocks', 'children', 'append'))).toEqual(['notion']);
    expect(ids(mod('@notionhq/client', 'Client', 'new()', 'dataSources', 'update'))).toEqual(['notion']);
    expect(ids(mod('@notionhq/client', 'Client', 'new()', 'databases', 'query'))).toEqual([]);
    expect(ids(mod('@notionhq/client', 'Client', 'new()', 'pages', 'retrieve'))).toEqual([]);
    expect(sinkById('chatwork-api-client')?.vendor).toEqual({ name: 'Chatwork', country: 'JP' });
    expect(sinkById('notion')?.vendor).toEqual({ name: 'Notion', country: 'US' });
    expect(sinkById('apps-script.GmailApp.sendEmail')?.vendor).toEqual({ name: 'Google', country: 'US' });
  });
});

describe('known hosts', () => {
  const vendorOf = (url: string): string | undefined => {
    const d = classifyUrl(url, []);
    return d.vendor ? `${d.vendor.name}/${d.vendor.country ?? '?'}` : undefined;
  };

  it('names the operator and its country for each chat, notify and API host', () => {
    expect(vendorOf('https://hooks.slack.com/services/T0/B0/x')).toBe('Slack/US');
    expect(vendorOf('https://slack.com/api/chat.postMessage')).toBe('Slack/US');
    expect(vendorOf('https://api.chatwork.com/v2/rooms/1/messages')).toBe('Chatwork/JP');
    expect(vendorOf('https://acme.webhook.office.com/webhookb2/x')).toBe('Microsoft Teams/US');
    expect(vendorOf('https://outlook.office.com/webhook/x')).toBe('Microsoft Teams/US');
    expect(vendorOf('https://discord.com/api/webhooks/1/x')).toBe('Discord/US');
    expect(vendorOf('https://discordapp.com/api/webhooks/1/x')).toBe('Discord/US');
    expect(vendorOf('https://notify-api.line.me/api/notify')).toBe('LINE Yahoo/JP');
    expect(vendorOf('https://api.line.me/v2/bot/message/push')).toBe('LINE Yahoo/JP');
    expect(vendorOf('https://api.notion.com/v1/pages')).toBe('Notion/US');
    expect(vendorOf('https://api.openai.com/v1/chat/completions')).toBe('OpenAI/US');
    expect(vendorOf('https://api.twilio.com/2010-04-01/Accounts/x/Messages.json')).toBe('Twilio/US');
    expect(vendorOf('https://api.sendgrid.com/v3/mail/send')).toBe('SendGrid/US');
    expect(vendorOf('https://www.google-analytics.com/mp/collect')).toBe('Google Analytics/US');
    expect(vendorOf('https://region1.google-analytics.com/g/collect')).toBe('Google Analytics/US');
    expect(vendorOf('https://partner.cybozu.com/k/v1/record.json')).toBe('Cybozu kintone/JP');
    expect(vendorOf('https://acme.kintone.com/k/v1/record.json')).toBe('Cybozu kintone/JP');
  });

  it('matches whole host labels only, and leaves a host the organisation approved as first party', () => {
    expect(vendorOf('https://notslack.com/x')).toBeUndefined();
    expect(vendorOf('https://hooks.slack.com.example.jp/x')).toBeUndefined();
    expect(vendorOf('https://api.callcenter-crm.jp/v1')).toBeUndefined();
    const own = classifyUrl('https://acme.cybozu.com/k/v1/record.json', ['acme.cybozu.com']);
    expect(own).toMatchObject({ firstParty: true, thirdParty: false });
    expect(own.vendor).toBeUndefined();
  });

  it('lists each host once', () => {
    const hosts = KNOWN_HOSTS.map((k) => k.host);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
  });
});

// ---- the rules on platform code -----------------------------------------------------------------------

const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      ecmaFeatures: { jsx: true },
    },
  },
});

const GS = 'Code.gs.js';
const KINTONE = 'customize.js';

const XB = '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]';
const DOMESTIC = '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]';
const DOMESTIC_IN_URL = '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +3 more]';
const EXPORT = '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]';
const LOG = '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]';
const EXTERNAL = 'an external destination';

/** One finding on one line, `[line, column, endColumn]` of the callee. */
function finding(
  messageId: 'unprotected' | 'inUrl',
  [line, column, endColumn]: [number, number, number],
  data: { data: string; sink: string; destination: string; requirements: string },
) {
  return { messageId, line, column, endLine: line, endColumn, data: { protection: '', reportable: '', ...data } };
}

ruleTester.run('no-unprotected-pii-transmission (platforms)', transmission, {
  valid: [
    // Apps Script: a confirmation to the person themself, with their own booking
    {
      filename: GS,
      code: `
function confirm(row) {
  MailApp.sendEmail(row.email, '予約確認', \`\${row.name}様\`);
}
`,
    },
    {
      filename: GS,
      code: `
function confirmAddress(member) {
  const body = \`\${member.shimei} 様\\n〒\${member.yuubinBangou}\\n\${member.jusho}\\nお電話: \${member.denwa}\`;
  GmailApp.sendEmail(member.mail, '【会員情報】ご住所変更のお知らせ', body, { name: 'みどり生協' });
}
`,
    },
    // counts to the staff Slack channel
    {
      filename: GS,
      code: `
function postDailySummary(todays, total) {
  UrlFetchApp.fetch('https://hooks.slack.com/services/T01ACME/B03DAILY/p9Xw2Qk', {
    method: 'post',
    payload: JSON.stringify({ text: \`本日のご予約: \${todays}件 / 合計 \${total}件\` }),
  });
}
`,
    },
    // kintone.api is the organisation's own kintone: copying a customer into another app is not a take-out
    {
      filename: KINTONE,
      code: `
kintone.events.on('app.record.detail.process.proceed', async (event) => {
  const r = event.record;
  await kintone.api(kintone.api.url('/k/v1/record.json', true), 'POST', {
    app: 31,
    record: { 顧客名: { value: r.お客様名.value }, 電話番号: { value: r.電話番号.value }, 住所: { value: r.住所.value } },
  });
  return event;
});
`,
    },
    {
      filename: KINTONE,
      code: `
kintone.events.on('app.record.index.show', (event) => {
  kintone.proxy('https://api.dashboard-partner.jp/v1/counts', 'POST', {}, JSON.stringify({ total: event.records.length }));
  return event;
});
`,
    },
    // LINE: counts to the staff group, a fixed prompt as a reply, a shop campaign to every follower
    {
      filename: 'bot.ts',
      code: `
import { messagingApi, type MessageEvent } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });
const STAFF_GROUP_ID = 'C4af4980629c7f5a1e03b2d8e9f4c7a10';
const PROMPTS = { name: 'お名前（フルネーム）を入力してください', tel: '電話番号を入力してください' } as const;

export async function morningSummary(date: string, bookings: number, cancellations: number): Promise<void> {
  await client.pushMessage({ to: STAFF_GROUP_ID, messages: [{ type: 'text', text: \`\${date} の予約: \${bookings}件 (キャンセル \${cancellations}件)\` }] });
}
export async function ask(event: MessageEvent, step: keyof typeof PROMPTS): Promise<void> {
  await client.replyMessage({ replyToken: event.replyToken, messages: [{ type: 'text', text: PROMPTS[step] }] });
}
export async function announce(c: { 店舗名: string; 商品名: string; 価格: number }): Promise<void> {
  await client.broadcast({ messages: [{ type: 'text', text: \`【\${c.店舗名}】\${c.商品名} が \${c.価格}円\` }] });
}
`,
    },
    // chat and notes: a product catalogue in Notion, counts to Slack, a deploy notice to Teams, a read
    {
      filename: 'notify.ts',
      code: `
import { Client } from '@notionhq/client';
import { WebClient } from '@slack/web-api';

const notion = new Client({ auth: process.env.NOTION_TOKEN });
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function addProduct(databaseId: string, p: { 商品名: string; 型式: string; 価格: number }): Promise<void> {
  await notion.pages.create({
    parent: { database_id: databaseId },
    properties: { 商品名: { title: [{ text: { content: p.商品名 } }] }, 型式: { rich_text: [{ text: { content: p.型式 } }] }, 価格: { number: p.価格 } },
  });
}
export async function postDailySignups(date: string, total: number): Promise<void> {
  await slack.chat.postMessage({ channel: 'C05GROWTH', text: \`\${date} の新規会員登録: \${total}名\` });
}
export async function notifyDeploy(d: { service: string; version: string; hostname: string }): Promise<void> {
  await fetch('https://acme.webhook.office.com/webhookb2/0a1b/IncomingWebhook/7f6e/4c3b', {
    method: 'POST',
    body: JSON.stringify({ text: \`デプロイ完了: \${d.service} \${d.version} on \${d.hostname}\` }),
  });
}
export async function countCustomers(databaseId: string): Promise<number> {
  const { results } = await notion.databases.query({ database_id: databaseId, page_size: 100 });
  return results.length;
}
`,
    },
    // Left out, the engine cannot express them yet (see the report of this change):
    // - LINE `replyMessage({ replyToken: event.replyToken, messages })` with the user's own booking, and
    //   `pushMessage({ to: b.lineUserId, ... })` to the user's own account: valid (a message to the person
    //   themself), reported because self-delivery only recognises e-mail, phone and login-ID recipients.
    // - `liff.sendMessages([{ text: \`\${profile.displayName}さん...\` }])`: valid. It posts, as the user, into
    //   the chat the LIFF app was opened from, so the user's own profile is the person themself; another
    //   person's data in it is still judged. The sink has no recipient argument to say so.
  ],
  invalid: [
    // Apps Script mail to a fixed staff address: the customer's data goes to another mailbox
    {
      filename: GS,
      code: `
const ADMIN_EMAIL = 'admin@salon-hana.jp';
function onFormSubmit(e) {
  const form = e.namedValues;
  MailApp.sendEmail(ADMIN_EMAIL, '予約', \`\${form.氏名} \${form.電話番号}\`);
}
`,
      errors: [
        finding('unprotected', [5, 3, 20], {
          data: 'name: form.氏名, phone number: form.電話番号',
          sink: 'MailApp.sendEmail',
          destination: 'Google',
          requirements: XB,
        }),
      ],
    },
    {
      filename: GS,
      code: `
function draftForAgency(applicant) {
  GmailApp.createDraft('jobs@agency-hikari.jp', \`応募者 \${applicant.shimei}\`, \`氏名: \${applicant.shimei}\\n電話: \${applicant.denwa}\`);
}
`,
      errors: [
        finding('unprotected', [3, 3, 23], {
          data: 'name: applicant.shimei, phone number: applicant.denwa',
          sink: 'GmailApp.createDraft',
          destination: 'Google',
          requirements: XB,
        }),
      ],
    },
    // the HTML body in the options object
    {
      filename: GS,
      code: `
const STAFF = 'staff@salon-hana.jp';
function notifyStaff(member) {
  GmailApp.sendEmail(STAFF, '新規会員', '', { htmlBody: \`<p>\${member.name}</p><p>\${member.email}</p>\` });
}
`,
      errors: [
        finding('unprotected', [4, 3, 21], {
          data: 'name: member.name, e-mail address: member.email',
          sink: 'GmailApp.sendEmail',
          destination: 'Google',
          requirements: XB,
        }),
      ],
    },
    // UrlFetchApp to a Slack incoming webhook (abroad), Chatwork and LINE Notify (Japan)
    {
      filename: GS,
      code: `
function notify(name, tel) {
  UrlFetchApp.fetch('https://hooks.slack.com/services/T0ACME/B0INQ/p9Xw2QkLm4', { method: 'post', payload: JSON.stringify({ text: \`\${name} \${tel}\` }) });
}
`,
      errors: [finding('unprotected', [3, 3, 20], { data: 'phone number: tel', sink: 'UrlFetchApp.fetch', destination: 'Slack', requirements: XB })],
    },
    {
      filename: GS,
      code: `
function notifyChatwork(row) {
  const [receivedAt, shimei, jusho] = row;
  UrlFetchApp.fetch('https://api.chatwork.com/v2/rooms/298765432/messages', {
    method: 'post',
    headers: { 'X-ChatWorkToken': PropertiesService.getScriptProperties().getProperty('CW_TOKEN') },
    payload: { body: \`\${receivedAt} \${shimei} 様 \${jusho}\` },
  });
}
`,
      errors: [
        finding('unprotected', [4, 3, 20], { data: 'name: shimei, postal address: jusho', sink: 'UrlFetchApp.fetch', destination: 'Chatwork', requirements: DOMESTIC }),
      ],
    },
    {
      filename: GS,
      code: `
function onFormSubmit(e) {
  const v = e.namedValues;
  UrlFetchApp.fetch('https://notify-api.line.me/api/notify', {
    method: 'post',
    headers: { Authorization: 'Bearer ' + PropertiesService.getScriptProperties().getProperty('LINE_NOTIFY_TOKEN') },
    payload: { message: \`新規予約 \${v['お名前'][0]} \${v['電話番号'][0]}\` },
  });
}
`,
      errors: [
        finding('unprotected', [4, 3, 20], {
          data: "name: v['お名前'], phone number: v['電話番号']",
          sink: 'UrlFetchApp.fetch',
          destination: 'LINE Yahoo',
          requirements: DOMESTIC,
        }),
      ],
    },
    {
      filename: GS,
      code: `
const CRM = 'https://api.callcenter-crm.jp/v1';
function findByTel(denwaBangou) {
  return UrlFetchApp.fetch(\`\${CRM}/customers?tel=\${denwaBangou}\`, { muteHttpExceptions: true });
}
`,
      errors: [
        finding('inUrl', [4, 10, 27], {
          data: 'phone number: denwaBangou',
          sink: 'UrlFetchApp.fetch',
          destination: 'api.callcenter-crm.jp',
          requirements: DOMESTIC_IN_URL,
        }),
      ],
    },
    // kintone.proxy to an external CRM, to a partner's kintone, with the phone in the query; plug-in proxy
    {
      filename: KINTONE,
      code: `
(() => {
  'use strict';
  const CRM_URL = 'https://api.callcenter-crm.jp/v1/contacts';
  kintone.events.on('app.record.create.submit.success', async (event) => {
    const r = event.record;
    const body = { name: r['氏名'].value, tel: r['電話番号'].value, email: r['メールアドレス'].value };
    await kintone.proxy(CRM_URL, 'POST', { 'Content-Type': 'application/json' }, body);
    return event;
  });
})();
`,
      errors: [
        finding('unprotected', [8, 11, 24], {
          data: "name: r['氏名'], phone number: r['電話番号'], e-mail address: r['メールアドレス']",
          sink: 'kintone.proxy',
          destination: 'api.callcenter-crm.jp',
          requirements: DOMESTIC,
        }),
      ],
    },
    {
      filename: KINTONE,
      code: `
kintone.events.on('app.record.edit.submit.success', (event) => {
  const r = event.record;
  const record = { お客様名: { value: r.お客様名.value }, 住所: { value: r.住所.value } };
  return kintone.proxy('https://partner-reform.cybozu.com/k/v1/record.json', 'POST', { 'Content-Type': 'application/json' }, { app: 48, record }).then(() => event);
});
`,
      errors: [
        finding('unprotected', [5, 10, 23], { data: 'name: r.お客様名, postal address: r.住所', sink: 'kintone.proxy', destination: 'Cybozu kintone', requirements: DOMESTIC }),
      ],
    },
    {
      filename: KINTONE,
      code: `
kintone.events.on('app.record.create.change.電話番号', async (event) => {
  const tel = event.record.電話番号.value;
  const [body] = await kintone.proxy(\`https://api.meiwaku-check.jp/v1/lookup?number=\${tel}\`, 'GET', {}, {});
  return event;
});
`,
      errors: [
        finding('inUrl', [4, 24, 37], {
          data: 'phone number: event.record.電話番号',
          sink: 'kintone.proxy',
          destination: 'api.meiwaku-check.jp',
          requirements: DOMESTIC_IN_URL,
        }),
      ],
    },
    {
      filename: KINTONE,
      code: `
((PLUGIN_ID) => {
  'use strict';
  kintone.events.on('app.record.detail.process.proceed', (event) => {
    const r = event.record;
    const text = \`契約承認: \${r.契約者名.value} 様 (生年月日 \${r.生年月日.value})\`;
    return kintone.plugin.app.proxy(PLUGIN_ID, 'https://hooks.slack.com/services/T0HOKEN/B0KEIYAKU/Qm3x', 'POST', {}, JSON.stringify({ text })).then(() => event);
  });
})(kintone.$PLUGIN_ID);
`,
      errors: [
        finding('unprotected', [7, 12, 36], {
          data: 'name: r.契約者名, date of birth: r.生年月日',
          sink: 'kintone.plugin.app.proxy',
          destination: 'Slack',
          requirements: XB,
        }),
      ],
    },
    {
      filename: KINTONE,
      code: `
kintone.events.on('app.record.detail.show', (event) => {
  const r = event.record;
  const csv = \`\${r.氏名.value},\${r.住所.value}\`;
  return kintone.proxy.upload('https://upload.print-partner.jp/v1/files', 'POST', {}, { format: 'RAW', value: new Blob([csv]) });
});
`,
      errors: [
        finding('unprotected', [5, 10, 30], {
          data: 'name: r.氏名, postal address: r.住所',
          sink: 'kintone.proxy.upload',
          destination: 'upload.print-partner.jp',
          requirements: DOMESTIC,
        }),
      ],
    },
    // LINE: customer data pushed to a staff group (v8 request object, and the old positional client)
    {
      filename: 'bot.ts',
      code: `
import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? '' });
const STAFF_GROUP_ID = 'C4af4980629c7f5a1e03b2d8e9f4c7a10';

export async function notifyStaff(r: { customerName: string; customerTel: string; menu: string }): Promise<void> {
  await client.pushMessage({
    to: STAFF_GROUP_ID,
    messages: [{ type: 'text', text: \`新規予約 \${r.customerName} 様 (\${r.customerTel}) \${r.menu}\` }],
  });
}
`,
      errors: [
        finding('unprotected', [8, 9, 27], {
          data: 'name: r.customerName, phone number: r.customerTel',
          sink: 'client.pushMessage',
          destination: 'LINE Yahoo',
          requirements: DOMESTIC,
        }),
      ],
    },
    {
      filename: 'bot.js',
      code: `
const line = require('@line/bot-sdk');

const client = new line.Client({ channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN });
const STAFF_GROUP = 'C8d1f3a9b27e4c60f5a1d9e3b7c24f816';

async function forwardOrder(order) {
  await client.pushMessage(STAFF_GROUP, { type: 'text', text: \`\${order.kokyakuMei} 様 TEL \${order.denwaBangou}\` });
}
async function assignDelivery(order, drivers) {
  await client.multicast(drivers.map((d) => d.lineUserId), [{ type: 'text', text: \`お届け先: \${order.okurisaki.shimei} 様 \${order.okurisaki.jusho}\` }]);
}
async function announce(winners) {
  await client.broadcast({ type: 'text', text: winners.map((w) => \`\${w.shimei} 様\`).join('\\n') });
}
module.exports = { forwardOrder, assignDelivery, announce };
`,
      errors: [
        finding('unprotected', [8, 9, 27], {
          data: 'name: order.kokyakuMei, phone number: order.denwaBangou',
          sink: 'client.pushMessage',
          destination: 'LINE Yahoo',
          requirements: DOMESTIC,
        }),
        finding('unprotected', [11, 9, 25], {
          data: 'name: order.okurisaki.shimei, postal address: order.okurisaki.jusho',
          sink: 'client.multicast',
          destination: 'LINE Yahoo',
          requirements: DOMESTIC,
        }),
        finding('unprotected', [14, 9, 25], { data: 'name: w.shimei', sink: 'client.broadcast', destination: 'LINE Yahoo', requirements: DOMESTIC }),
      ],
    },
    {
      filename: 'bot.ts',
      code: `
import { messagingApi } from '@line/bot-sdk';

const { MessagingApiClient } = messagingApi;
const client = new MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

export async function inviteAudience(agent: { shimei: string; keitai: string }, audienceGroupId: number): Promise<void> {
  await client.narrowcast({
    messages: [{ type: 'text', text: \`担当 \${agent.shimei} (携帯 \${agent.keitai})\` }],
    recipient: { type: 'audience', audienceGroupId },
  });
}
export async function pushWithInfo(member: { namae: string; denwaBangou: string }): Promise<void> {
  await client.pushMessageWithHttpInfo({ to: 'C0a1b2c3', messages: [{ type: 'text', text: \`\${member.namae} \${member.denwaBangou}\` }] });
}
`,
      errors: [
        finding('unprotected', [8, 9, 26], {
          data: 'name: agent.shimei, phone number: agent.keitai',
          sink: 'client.narrowcast',
          destination: 'LINE Yahoo',
          requirements: DOMESTIC,
        }),
        finding('unprotected', [14, 9, 39], {
          data: 'name: member.namae, phone number: member.denwaBangou',
          sink: 'client.pushMessageWithHttpInfo',
          destination: 'LINE Yahoo',
          requirements: DOMESTIC,
        }),
      ],
    },
    // LIFF share target picker: the user forwards the messages to friends they pick
    {
      filename: 'liff.js',
      code: `
import liff from '@line/liff';

export async function shareEmergencyContact(player) {
  await liff.shareTargetPicker([{ type: 'text', text: \`\${player.shimei} 保護者 \${player.hogoshaShimei} 電話 \${player.hogoshaDenwa}\` }]);
}
`,
      errors: [
        finding('unprotected', [5, 9, 31], {
          data: 'name: player.shimei, name: player.hogoshaShimei, phone number: player.hogoshaDenwa',
          sink: 'liff.shareTargetPicker',
          destination: 'LINE Yahoo',
          requirements: DOMESTIC,
        }),
      ],
    },
    // LINE Notify called with fetch: a known host
    {
      code: `
interface Inquiry { name: string; email: string; body: string }
export async function notifyInquiry(inq: Inquiry): Promise<void> {
  await fetch('https://notify-api.line.me/api/notify', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${process.env.LINE_NOTIFY_TOKEN}\` },
    body: new URLSearchParams({ message: \`\${inq.name} <\${inq.email}>\` }),
  });
}
`,
      errors: [finding('unprotected', [4, 9, 14], { data: 'name: inq.name, e-mail address: inq.email', sink: 'fetch', destination: 'LINE Yahoo', requirements: DOMESTIC })],
    },
    // Slack: a CSV of participants uploaded, an inquiry posted
    {
      filename: 'notify.ts',
      code: `
import { WebClient } from '@slack/web-api';
import { stringify } from 'csv-stringify/sync';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function shareParticipants(eventId: string, participants: Array<{ shimei: string; denwa: string; email: string }>): Promise<void> {
  const csv = stringify(participants.map((p) => ({ 氏名: p.shimei, 電話番号: p.denwa, メール: p.email })), { header: true });
  await slack.files.uploadV2({ channel_id: 'C06EVENTOPS', filename: \`participants_\${eventId}.csv\`, content: csv });
}
export async function postInquiry(t: { id: string; 氏名: string; メールアドレス: string }): Promise<void> {
  await slack.chat.postMessage({ channel: 'C05INQUIRY', text: \`新規問い合わせ #\${t.id}: \${t.氏名} <\${t.メールアドレス}>\` });
}
`,
      errors: [
        finding('unprotected', [9, 9, 29], {
          data: 'name: participants.shimei, phone number: participants.denwa, e-mail address: participants.email',
          sink: 'slack.files.uploadV2',
          destination: 'Slack',
          requirements: XB,
        }),
        finding('unprotected', [12, 9, 31], {
          data: 'name: t.氏名, e-mail address: t.メールアドレス',
          sink: 'slack.chat.postMessage',
          destination: 'Slack',
          requirements: XB,
        }),
      ],
    },
    // Chatwork through chatwork-api-client
    {
      filename: 'notify.ts',
      code: `
import ChatworkApi from 'chatwork-api-client';

const chatwork = new ChatworkApi(process.env.CHATWORK_API_TOKEN);

export async function assignVisit(visit: { kokyakuMei: string; jusho: string; denwaBangou: string }): Promise<void> {
  await chatwork.postRoomMessage(256789012, { body: \`訪問修理: \${visit.kokyakuMei} 様\\n住所: \${visit.jusho}\\n電話: \${visit.denwaBangou}\` });
}
`,
      errors: [
        finding('unprotected', [7, 9, 33], {
          data: 'name: visit.kokyakuMei, postal address: visit.jusho, phone number: visit.denwaBangou',
          sink: 'chatwork.postRoomMessage',
          destination: 'Chatwork',
          requirements: DOMESTIC,
        }),
      ],
    },
    // Teams and Discord incoming webhooks: known hosts
    {
      filename: 'notify.ts',
      code: `
const TEAMS_WEBHOOK = 'https://hoikuen-sakura.webhook.office.com/webhookb2/1f2e3d4c/IncomingWebhook/9a8b7c/6d5e';

export async function postEnrollment(e: { jidouShimei: string }): Promise<void> {
  await fetch(TEAMS_WEBHOOK, { method: 'POST', body: JSON.stringify({ text: \`入園申込: \${e.jidouShimei}\` }) });
}
`,
      errors: [finding('unprotected', [5, 9, 14], { data: 'name: e.jidouShimei', sink: 'fetch', destination: 'Microsoft Teams', requirements: XB })],
    },
    {
      filename: 'alert.js',
      code: `
const axios = require('axios');

const MOD_WEBHOOK = 'https://discord.com/api/webhooks/1187654321098765432/Xk9pQ2vLm7Rt4Wz8Bn3Cy6Ds1Fg5Hj0';

async function reportAgeCheck(member, answer) {
  await axios.post(MOD_WEBHOOK, { content: \`本名 \${answer.honmyou} / 年齢 \${answer.nenrei}歳 / \${member.email}\` });
}
module.exports = { reportAgeCheck };
`,
      errors: [
        finding('unprotected', [7, 9, 19], {
          data: 'name: answer.honmyou, age: answer.nenrei, e-mail address: member.email',
          sink: 'axios.post',
          destination: 'Discord',
          requirements: XB,
        }),
      ],
    },
    // Notion: an applicant database page, a note appended to a page
    {
      filename: 'notion.ts',
      code: `
import { Client } from '@notionhq/client';

const notion = new Client({ auth: process.env.NOTION_TOKEN });

export async function addApplicant(databaseId: string, a: { shimei: string; email: string; tel: string }): Promise<void> {
  await notion.pages.create({
    parent: { database_id: databaseId },
    properties: {
      氏名: { title: [{ text: { content: a.shimei } }] },
      メール: { email: a.email },
      電話番号: { phone_number: a.tel },
    },
  });
}
export async function addNote(pageId: string, customer: { denwaBangou: string }): Promise<void> {
  await notion.blocks.children.append({ block_id: pageId, children: [{ paragraph: { rich_text: [{ text: { content: \`折り返し先: \${customer.denwaBangou}\` } }] } }] });
}
`,
      errors: [
        finding('unprotected', [7, 9, 28], {
          data: 'name: a.shimei, e-mail address: a.email, phone number: a.tel',
          sink: 'notion.pages.create',
          destination: 'Notion',
          requirements: XB,
        }),
        finding('unprotected', [17, 9, 38], {
          data: 'phone number: customer.denwaBangou',
          sink: 'notion.blocks.children.append',
          destination: 'Notion',
          requirements: XB,
        }),
      ],
    },
  ],
});

ruleTester.run('no-unprotected-pii-export (Apps Script)', exportRule, {
  valid: [
    // goods received: product names, models and counts
    {
      filename: GS,
      code: `
function onReceive(e) {
  const v = e.namedValues;
  const sheet = SpreadsheetApp.getActive().getSheetByName('入荷記録');
  sheet.appendRow([new Date(), v['商品名'][0], v['型式'][0], Number(v['数量'][0])]);
}
`,
    },
    // insertRowBefore only makes room; reading the values is not a write
    {
      filename: GS,
      code: `
function countMembers() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('会員');
  sheet.insertRowBefore(2);
  return sheet.getRange(2, 1, sheet.getLastRow() - 1, 5).getValues().length;
}
`,
    },
    {
      filename: GS,
      code: `
function markProcessed(lastRow) {
  PropertiesService.getScriptProperties().setProperty('LAST_ROW', String(lastRow));
}
function cacheSlots(dateStr, slots) {
  CacheService.getScriptCache().put('slots:' + dateStr, JSON.stringify(slots.map((s) => s.remaining)), 300);
}
`,
    },
  ],
  invalid: [
    // a form answer appended to the member sheet, through a variable bound to the chain
    {
      filename: GS,
      code: `
function onFormSubmit(e) {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('会員');
  sheet.appendRow([e.namedValues['氏名'], e.namedValues['電話番号']]);
}
`,
      errors: [
        finding('unprotected', [4, 3, 18], {
          data: "name: e.namedValues['氏名'], phone number: e.namedValues['電話番号']",
          sink: 'sheet.appendRow',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
    // a sheet handed in as a parameter: found by its name
    {
      filename: GS,
      code: `
function addMember(sheet, member) {
  sheet.appendRow([new Date(), member.shimei, member.denwa, member.jusho]);
}
`,
      errors: [
        finding('unprotected', [3, 3, 18], {
          data: 'name: member.shimei, phone number: member.denwa, postal address: member.jusho',
          sink: 'sheet.appendRow',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
    {
      filename: GS,
      code: `
const AGENCY_SHEET = '1QkR7vW2xN5pB8dT0mY3cJ6hL9sF4gA1zE7uK2oP';
function shareApplicant(p) {
  SpreadsheetApp.openById(AGENCY_SHEET).getSheetByName('応募者').getRange(2, 1, 1, 3).setValues([[p.shimei, p.keitai, p.seinengappi]]);
}
`,
      errors: [
        finding('unprotected', [4, 3, 93], {
          data: 'name: p.shimei, phone number: p.keitai, date of birth: p.seinengappi',
          sink: 'SpreadsheetApp.openById(AGENCY_SHEET).g…',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
    {
      filename: GS,
      code: `
function fillPhone(sheet, row, customer) {
  sheet.getRange(row, 3).setValue(customer.phone);
}
function onFormSubmit(e) {
  const v = e.namedValues;
  e.range.offset(0, e.range.getNumColumns(), 1, 1).setValue(v['電話番号'][0]);
}
`,
      errors: [
        finding('unprotected', [3, 3, 34], { data: 'phone number: customer.phone', sink: 'sheet.getRange(row, 3).setValue', destination: EXTERNAL, requirements: EXPORT }),
        finding('unprotected', [7, 3, 60], {
          data: "phone number: v['電話番号']",
          sink: 'e.range.offset(0, e.range.getNumColumns…',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
    // Drive and Docs
    {
      filename: GS,
      code: `
const FOLDER_ID = '0B7mQx2LtAcMeZ1pUfR3vS9d';
function exportMembers(members) {
  const csv = members.map((m) => [m.name, m.email, m.phone].join(',')).join('\\n');
  DriveApp.getFolderById(FOLDER_ID).createFile('members.csv', csv, MimeType.CSV);
}
`,
      errors: [
        finding('unprotected', [5, 3, 47], {
          data: 'name: m.name, e-mail address: m.email, phone number: m.phone',
          sink: 'DriveApp.getFolderById(FOLDER_ID).creat…',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
    {
      filename: GS,
      code: `
function fillContract(templateId, c) {
  const body = DocumentApp.openById(templateId).getBody();
  body.replaceText('{{氏名}}', c.shimei);
  body.replaceText('{{会社名}}', c.kaishaMei);
}
function writeLetter(member) {
  const doc = DocumentApp.create('お知らせ');
  doc.getBody().appendParagraph(\`〒\${member.yuubinBangou} \${member.jusho}\`);
}
`,
      errors: [
        finding('unprotected', [4, 3, 19], { data: 'name: c.shimei', sink: 'body.replaceText', destination: EXTERNAL, requirements: EXPORT }),
        finding('unprotected', [9, 3, 32], {
          data: 'postal code: member.yuubinBangou, postal address: member.jusho',
          sink: 'doc.getBody().appendParagraph',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
    // the script's own key-value stores
    {
      filename: GS,
      code: `
function rememberApplicant(applicant) {
  PropertiesService.getUserProperties().setProperty('lastApplicant', JSON.stringify({ name: applicant.name, tel: applicant.tel }));
}
function saveAll(props, member) {
  props.setProperties({ OWNER: member.shimei, OWNER_TEL: member.denwa });
}
`,
      errors: [
        finding('unprotected', [3, 3, 52], {
          data: 'name: applicant.name, phone number: applicant.tel',
          sink: 'PropertiesService.getUserProperties().s…',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
        finding('unprotected', [6, 3, 22], {
          data: 'name: member.shimei, phone number: member.denwa',
          sink: 'props.setProperties',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
    // the key says what an unnamed value is
    {
      filename: GS,
      code: `
function saveOwner(value) {
  PropertiesService.getScriptProperties().setProperty('OWNER_EMAIL', value);
}
function cacheMember(kaiinBangou, shimei, denwaBangou) {
  CacheService.getScriptCache().put('kaiin:' + kaiinBangou, JSON.stringify({ shimei, denwaBangou }), 600);
}
`,
      errors: [
        finding('unprotected', [3, 3, 54], {
          data: 'e-mail address: OWNER_EMAIL',
          sink: 'PropertiesService.getScriptProperties()…',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
        finding('unprotected', [6, 3, 36], {
          data: 'name: shimei, phone number: denwaBangou',
          sink: 'CacheService.getScriptCache().put',
          destination: EXTERNAL,
          requirements: EXPORT,
        }),
      ],
    },
  ],
});

ruleTester.run('no-pii-in-logs (Apps Script)', logs, {
  valid: [
    {
      filename: GS,
      code: `
function summary(count, e) {
  Logger.log(\`処理済み: \${count}件\`);
  Logger.log('row ' + e.range.getRow());
}
`,
    },
  ],
  invalid: [
    {
      filename: GS,
      code: `
function onFormSubmit(e) {
  const v = e.namedValues;
  Logger.log(\`予約受付: \${v['お名前'][0]} / \${v['電話番号'][0]}\`);
  Logger.log('登録: %s %s', v['お名前'][0], v['住所'][0]);
}
`,
      errors: [
        finding('unprotected', [4, 3, 13], { data: "name: v['お名前'], phone number: v['電話番号']", sink: 'Logger.log', destination: EXTERNAL, requirements: LOG }),
        finding('unprotected', [5, 3, 13], { data: "name: v['お名前'], postal address: v['住所']", sink: 'Logger.log', destination: EXTERNAL, requirements: LOG }),
      ],
    },
  ],
});
