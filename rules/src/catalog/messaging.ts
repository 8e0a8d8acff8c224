/**
 * Chat, SMS and AI services: a message or prompt carrying customer data is a provision to that service.
 * (Apps Script, kintone, LINE and the Japanese chat tools are catalogued with the platform sinks.)
 */
import type { SinkSpec } from './types.js';
import { ALGOLIA, ANTHROPIC, OPENAI, SLACK, TWILIO } from './vendors.js';

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
    paths: ['WebClient.new().chat.{postMessage,postEphemeral,scheduleMessage,update}', 'App.new().client.chat.{postMessage,postEphemeral}'],
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
];
