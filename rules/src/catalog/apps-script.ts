/**
 * Google Apps Script services. They are globals (`SpreadsheetApp`, `MailApp`, ...), not imports, so every
 * path below is anchored to one of them; `console.*` (Cloud Logging) is the `console` entry of loggers.ts.
 * Receiver names cover the objects handed around between functions (`function write(sheet, row)`,
 * `e.range` of a trigger event), where the chain back to the service is out of sight.
 */
import type { ArgRole, ArgSpec, SinkSpec } from './types.js';
import { GOOGLE } from './vendors.js';

/**
 * `sendEmail(recipient, subject, body, options)` of MailApp and GmailApp, and GmailApp's `createDraft`.
 * MailApp also takes a single message object (`{ to, subject, body, htmlBody }`): a second entry, chosen
 * when the first argument is an object.
 */
const MAIL_OPTIONS: Record<string, ArgRole> = {
  htmlBody: 'data',
  attachments: 'data',
  inlineImages: 'data',
  cc: 'recipient',
  bcc: 'recipient',
  name: 'none',
  replyTo: 'none',
  noReply: 'none',
};
const POSITIONAL_MAIL: ArgSpec[] = [
  { index: 0, role: 'recipient' },
  { index: 1, role: 'data' },
  { index: 2, role: 'data' },
  { index: 3, role: 'options', properties: MAIL_OPTIONS },
];

/** `n` calls in a row with any method names: `getActive().getSheetByName('x').getRange(1, 1)` is three. */
function calls(n: number): string {
  return Array.from({ length: n }, () => '*()').join('.');
}

/** Range writes; `insertRow*` / `insertColumn*` only make room, and the write that follows is the sink. */
const RANGE_WRITES =
  '{setValue,setValues,setFormula,setFormulas,setFormulaR1C1,setFormulasR1C1,setRichTextValue,setRichTextValues,setNote,setNotes}';

/** `getScriptProperties()` / `getScriptCache()` and the per-user and per-document ones. */
const PROPERTY_STORES = '{getScriptProperties,getUserProperties,getDocumentProperties}()';
const CACHE_STORES = '{getScriptCache,getUserCache,getDocumentCache}()';

/** `(searchPattern, replacement)` / `(childIndex, text)`: only the second argument is written. */
const SECOND_IS_DATA: ArgSpec[] = [
  { index: 0, role: 'none' },
  { index: 1, role: 'data' },
];

export const appsScript: readonly SinkSpec[] = [
  {
    id: 'apps-script.Logger.log',
    family: 'loggers',
    kind: 'log',
    api: 'Logger.log',
    // Execution log (and Cloud Logging for standard projects): read by every editor of the script.
    global: 'Logger',
    paths: ['log'],
  },
  {
    id: 'apps-script.MailApp.sendEmail',
    family: 'email',
    kind: 'send',
    api: 'MailApp.sendEmail',
    global: 'MailApp',
    paths: ['sendEmail'],
    when: [{ index: 0, isObject: false }],
    args: POSITIONAL_MAIL,
    vendor: GOOGLE,
  },
  {
    id: 'apps-script.MailApp.sendEmail.message',
    family: 'email',
    kind: 'send',
    api: 'MailApp.sendEmail',
    global: 'MailApp',
    paths: ['sendEmail'],
    when: [{ index: 0, isObject: true }],
    args: [{ index: 0, role: 'options', properties: { ...MAIL_OPTIONS, to: 'recipient', subject: 'data', body: 'data' } }],
    vendor: GOOGLE,
  },
  {
    id: 'apps-script.GmailApp.sendEmail',
    family: 'email',
    kind: 'send',
    api: 'GmailApp.sendEmail',
    global: 'GmailApp',
    // A draft is mail prepared for sending: the data is already with the recipient's address in Gmail.
    paths: ['{sendEmail,createDraft}', 'getDraft().update'],
    args: POSITIONAL_MAIL,
    vendor: GOOGLE,
  },
  {
    id: 'apps-script.UrlFetchApp.fetch',
    family: 'http',
    kind: 'send',
    api: 'UrlFetchApp.fetch',
    global: 'UrlFetchApp',
    paths: ['fetch'],
    // `headers` carry the caller's own token (Slack, Chatwork, LINE), as for the other HTTP clients.
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'options', properties: { payload: 'data' } },
    ],
  },
  {
    id: 'apps-script.UrlFetchApp.fetchAll',
    family: 'http',
    kind: 'send',
    api: 'UrlFetchApp.fetchAll',
    global: 'UrlFetchApp',
    paths: ['fetchAll'],
    // An array of `{ url, payload }` requests: judged as data, its URLs cannot be told apart.
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'apps-script.Sheet.appendRow',
    family: 'dumps',
    kind: 'export',
    api: 'Sheet.appendRow',
    global: 'SpreadsheetApp',
    // `getActiveSheet().appendRow`, `getActive().appendRow` (the active sheet),
    // `openById(id).getSheetByName('会員').appendRow`, `create(name).getSheets()[0].appendRow`
    paths: [`${calls(1)}.appendRow`, `${calls(2)}.appendRow`, `${calls(1)}.getSheets().[].appendRow`],
    // `ss.getSheetByName('x').appendRow(...)` with `ss` out of sight is compared by `getSheetByName` → `name`
    receiverNames: ['sheet', 'ss', 'spreadsheet', 'name'],
  },
  {
    id: 'apps-script.Range.setValues',
    family: 'dumps',
    kind: 'export',
    api: 'Range.setValues',
    global: 'SpreadsheetApp',
    // `getActiveRange().setValue`, `getActiveSheet().getRange(1, 1).setValue`,
    // `getActive().getSheetByName('x').getRange(2, 1, n, 5).setValues`, `...getRange(2, 1).offset(0, 3).setValue`,
    // `create(name).getSheets()[0].getRange(1, 1, n, 3).setValues` (a new file made to be shared is one too)
    paths: [
      ...[1, 2, 3, 4].map((n) => `${calls(n)}.${RANGE_WRITES}`),
      ...[1, 2].map((n) => `${calls(1)}.getSheets().[].${calls(n)}.${RANGE_WRITES}`),
    ],
    // `e.range.setValue(...)`, `sheet.getRange(...)` → `range`, `getActiveCell()` → `cell`, `.offset(...)`
    receiverNames: ['range', 'cell', 'offset'],
  },
  {
    id: 'apps-script.DriveApp.createFile',
    family: 'files',
    kind: 'export',
    api: 'DriveApp.createFile',
    global: 'DriveApp',
    // `DriveApp.createFile(name, content, mimeType)`, `createFile(blob)`, `getFolderById(id).createFile(...)`,
    // `getFoldersByName(n).next().createFile(...)`. A file named after a person discloses them too.
    paths: ['createFile', `${calls(1)}.createFile`, `${calls(2)}.createFile`, `${calls(3)}.createFile`],
    receiverNames: ['folder'],
    args: [
      { index: 0, role: 'data' },
      { index: 1, role: 'data' },
      { index: 2, role: 'none' },
    ],
  },
  {
    id: 'apps-script.File.setContent',
    family: 'files',
    kind: 'export',
    api: 'File.setContent',
    global: 'DriveApp',
    paths: [`${calls(1)}.setContent`, `${calls(2)}.setContent`],
    receiverNames: ['file'],
  },
  {
    id: 'apps-script.DocumentApp.append',
    family: 'files',
    kind: 'export',
    api: 'Body.appendParagraph',
    global: 'DocumentApp',
    // `DocumentApp.create(name).getBody().appendParagraph(text)`, also `openById`, headers and footers.
    paths: [
      `${calls(1)}.{getBody,getHeader,getFooter,addHeader,addFooter}().{appendParagraph,appendListItem,appendTable,setText}`,
      `${calls(1)}.getBody().editAsText().{appendText,setText}`,
    ],
    receiverNames: ['body'],
  },
  {
    id: 'apps-script.DocumentApp.insert',
    family: 'files',
    kind: 'export',
    api: 'Body.insertParagraph',
    global: 'DocumentApp',
    paths: [`${calls(1)}.getBody().{insertParagraph,insertListItem,insertTable}`],
    receiverNames: ['body'],
    args: SECOND_IS_DATA,
  },
  {
    id: 'apps-script.DocumentApp.replaceText',
    family: 'files',
    kind: 'export',
    api: 'Body.replaceText',
    global: 'DocumentApp',
    // Template documents: `body.replaceText('{{氏名}}', customer.name)`.
    paths: [`${calls(1)}.{getBody,getHeader,getFooter}().replaceText`],
    receiverNames: ['body'],
    args: SECOND_IS_DATA,
  },
  {
    id: 'apps-script.SlidesApp.replaceAllText',
    family: 'files',
    kind: 'export',
    api: 'Presentation.replaceAllText',
    global: 'SlidesApp',
    // the whole presentation, or one slide of it
    paths: [`${calls(1)}.replaceAllText`, `${calls(2)}.replaceAllText`],
    receiverNames: ['presentation', 'slide'],
    args: SECOND_IS_DATA,
  },
  {
    id: 'apps-script.SlidesApp.insertTextBox',
    family: 'files',
    kind: 'export',
    api: 'Slide.insertTextBox',
    global: 'SlidesApp',
    // `SlidesApp.create(name).appendSlide().insertTextBox(text)`
    paths: [`${calls(2)}.insertTextBox`, `${calls(3)}.insertTextBox`],
    receiverNames: ['slide'],
    args: [{ index: 0, role: 'data' }],
  },
  // PropertiesService and CacheService are the script's own key-value stores, kept by Google in clear text
  // and readable by every editor of the script (script properties, the script cache). The closest family is
  // `files` (storage at rest, CWE-312): `browser-storage` would cite CWE-922 for a browser that is not
  // there, and `object-storage` names buckets the script does not have.
  {
    id: 'apps-script.PropertiesService.setProperty',
    family: 'files',
    kind: 'export',
    api: 'Properties.setProperty',
    global: 'PropertiesService',
    paths: [`${PROPERTY_STORES}.setProperty`],
    receiverNames: ['props', 'properties'],
    // the key names an unnamed value: `setProperty('OWNER_EMAIL', v)`
    args: [
      { index: 0, role: 'key' },
      { index: 1, role: 'data' },
    ],
  },
  {
    id: 'apps-script.PropertiesService.setProperties',
    family: 'files',
    kind: 'export',
    api: 'Properties.setProperties',
    global: 'PropertiesService',
    paths: [`${PROPERTY_STORES}.setProperties`],
    receiverNames: ['props', 'properties'],
    args: [
      { index: 0, role: 'data' },
      { index: 1, role: 'none' },
    ],
  },
  {
    id: 'apps-script.CacheService.put',
    family: 'files',
    kind: 'export',
    api: 'Cache.put',
    global: 'CacheService',
    // No receiver name: `cache.put(request, response)` is the browser's Cache API in a service worker.
    paths: [`${CACHE_STORES}.put`],
    args: [
      { index: 0, role: 'key' },
      { index: 1, role: 'data' },
      { index: 2, role: 'none' },
    ],
  },
  {
    id: 'apps-script.CacheService.putAll',
    family: 'files',
    kind: 'export',
    api: 'Cache.putAll',
    global: 'CacheService',
    paths: [`${CACHE_STORES}.putAll`],
    args: [
      { index: 0, role: 'data' },
      { index: 1, role: 'none' },
    ],
  },
];
