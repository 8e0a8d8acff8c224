/**
 * Chat, SMS, notes and AI services: a message, page or prompt carrying customer data is a provision to that
 * service. Microsoft Teams and Discord incoming webhooks, and Chatwork called over plain HTTP, are known hosts
 * (hosts.ts); Apps Script, kintone and LINE have their own files.
 */
import type { ArgRole, SinkSpec } from './types.js';
import { ALGOLIA, ANTHROPIC, CHATWORK, NOTION, OPENAI, SLACK, TWILIO } from './vendors.js';

/** Slack `files.upload` / `files.uploadV2`: the file, its name and the comment posted with it. */
const SLACK_FILE_FIELDS: Record<string, ArgRole> = {
  content: 'data',
  file: 'data',
  file_uploads: 'data',
  filename: 'data',
  title: 'data',
  initial_comment: 'data',
  alt_text: 'data',
};

/** chatwork-api-client: `postRoomMessage(roomId, { body })`, `postRoomTask(roomId, { body, to_ids })`, ... */
const CHATWORK_FIELDS: Record<string, ArgRole> = { body: 'data', message: 'data', file: 'data', file_name: 'data' };

/**
 * @slack/bolt listeners (`app.command('/x', async ({ say, respond, client }) => ...)`; `=>` is the listener's
 * argument): `say` posts into the channel, `respond` to the command's or action's response URL.
 */
const BOLT_LISTENER = 'App.new().{command,message,event,action,shortcut,view}.=>';

/** @notionhq/client: `new Client({ auth })` */
const NOTION_CLIENT = 'Client.new()';

export const messaging: readonly SinkSpec[] = [
  {
    id: 'slack.webhook',
    family: 'messaging',
    kind: 'send',
    api: 'IncomingWebhook.send',
    module: ['@slack/webhook'],
    paths: ['IncomingWebhook.new().send'],
    vendor: SLACK,
  },
  {
    id: 'slack.web-api',
    family: 'messaging',
    kind: 'send',
    api: 'WebClient.chat.postMessage',
    module: ['@slack/web-api', '@slack/bolt'],
    paths: [
      'WebClient.new().chat.{postMessage,postEphemeral,scheduleMessage,update}',
      'App.new().client.chat.{postMessage,postEphemeral}',
      `${BOLT_LISTENER}.client.chat.{postMessage,postEphemeral,scheduleMessage,update}`,
    ],
    vendor: SLACK,
  },
  {
    id: 'slack.bolt.say',
    family: 'messaging',
    kind: 'send',
    api: 'say',
    module: ['@slack/bolt'],
    // A message in a channel is read by its members: a provision to Slack, and to them.
    paths: [`${BOLT_LISTENER}.{say,respond}`],
    vendor: SLACK,
  },
  {
    id: 'twilio.messages',
    family: 'messaging',
    kind: 'send',
    api: 'twilio.messages.create',
    module: ['twilio'],
    paths: ['().messages.create', 'Twilio.new().messages.create'],
    // `to` is the person's own number; the body is judged.
    args: [{ index: 0, role: 'options', properties: { to: 'recipient', body: 'data', mediaUrl: 'data' } }],
    vendor: TWILIO,
  },
  {
    id: 'openai',
    family: 'messaging',
    kind: 'send',
    api: 'openai.chat.completions.create',
    module: ['openai'],
    // `import OpenAI from 'openai'` (default) or `import { OpenAI } from 'openai'`.
    paths: [
      '{OpenAI,AzureOpenAI}.new().chat.completions.create',
      '{OpenAI,AzureOpenAI}.new().{completions,embeddings,responses}.create',
      'new().chat.completions.create',
      'new().{completions,embeddings,responses}.create',
    ],
    args: [{ index: 0, role: 'options', properties: { messages: 'data', input: 'data', prompt: 'data', instructions: 'data' } }],
    vendor: OPENAI,
  },
  {
    id: 'anthropic',
    family: 'messaging',
    kind: 'send',
    api: 'anthropic.messages.create',
    module: ['@anthropic-ai/sdk'],
    paths: ['Anthropic.new().messages.create', 'new().messages.create'],
    args: [{ index: 0, role: 'options', properties: { messages: 'data', system: 'data' } }],
    vendor: ANTHROPIC,
  },
  {
    id: 'algolia',
    family: 'messaging',
    kind: 'send',
    api: 'algolia saveObjects',
    module: ['algoliasearch'],
    paths: ['().initIndex().{saveObject,saveObjects,partialUpdateObject,partialUpdateObjects}', '{algoliasearch}().{saveObject,saveObjects,partialUpdateObject,partialUpdateObjects}'],
    vendor: ALGOLIA,
  },
  {
    id: 'slack.files',
    family: 'messaging',
    kind: 'send',
    api: 'WebClient.files.uploadV2',
    module: ['@slack/web-api', '@slack/bolt'],
    paths: ['WebClient.new().files.{upload,uploadV2}', 'App.new().client.files.{upload,uploadV2}'],
    args: [{ index: 0, role: 'options', properties: SLACK_FILE_FIELDS }],
    vendor: SLACK,
  },
  {
    id: 'chatwork-api-client',
    family: 'messaging',
    kind: 'send',
    api: 'ChatworkApi.postRoomMessage',
    module: ['chatwork-api-client'],
    paths: ['new().{postRoomMessage,postRoomTask,postRoomFile}'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'options', properties: CHATWORK_FIELDS },
    ],
    vendor: CHATWORK,
  },
  {
    id: 'chatwork-api-client.putRoomMessage',
    family: 'messaging',
    kind: 'send',
    api: 'ChatworkApi.putRoomMessage',
    module: ['chatwork-api-client'],
    // `(roomId, messageId, { body })`: an edit sends the new text again
    paths: ['new().putRoomMessage'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'none' },
      { index: 2, role: 'options', properties: CHATWORK_FIELDS },
    ],
    vendor: CHATWORK,
  },
  {
    id: 'notion',
    family: 'messaging',
    kind: 'send',
    api: 'notion.pages.create',
    module: ['@notionhq/client'],
    // Writes only: page properties and content, block content, comments, database / data source schemas
    // (their titles and select options). Queries and retrievals read what is already there.
    paths: [
      `${NOTION_CLIENT}.pages.{create,update}`,
      `${NOTION_CLIENT}.blocks.children.append`,
      `${NOTION_CLIENT}.blocks.update`,
      `${NOTION_CLIENT}.{databases,dataSources}.{create,update}`,
      `${NOTION_CLIENT}.comments.create`,
    ],
    vendor: NOTION,
  },
];
