/**
 * LINE: the Messaging API SDK (`@line/bot-sdk`) and LIFF (`@line/liff`, or the `liff` global of the CDN
 * build). LINE Notify and the Messaging API called over plain HTTP are known hosts (hosts.ts).
 *
 * Who receives a message decides whether it is a take-out (DESIGN.md "What is a take-out"): a push to the
 * user's own LINE account or a reply in the conversation they started answers the person themself, so
 * `to` and the reply token are recipients; a push to a staff group ID, a multicast, a broadcast to every
 * follower and a narrowcast to an audience send the data to other people.
 */
import type { ArgRole, ArgSpec, SinkSpec } from './types.js';
import { LINE_YAHOO } from './vendors.js';

const SDK = ['@line/bot-sdk'];

/** v8+ `new messagingApi.MessagingApiClient({ channelAccessToken })`: one request object per call. */
const CLIENT = 'messagingApi.MessagingApiClient.new()';
/** The pre-v8 `new Client(config)`, still exported: positional arguments. */
const LEGACY_CLIENT = 'Client.new()';

/** `xLineRetryKey` and the like follow the request object. */
function request(properties: Record<string, ArgRole>): ArgSpec[] {
  return [
    { index: 0, role: 'options', properties },
    { index: 'rest', from: 1, role: 'none' },
  ];
}

function methods(names: string): string {
  // `pushMessageWithHttpInfo(...)` takes the same request and also returns the HTTP response.
  const list = names.split(',');
  return `{${[...list, ...list.map((m) => `${m}WithHttpInfo`)].join(',')}}`;
}

export const line: readonly SinkSpec[] = [
  {
    id: 'line.pushMessage',
    family: 'messaging',
    kind: 'send',
    api: 'client.pushMessage',
    module: SDK,
    paths: [`${CLIENT}.${methods('pushMessage')}`],
    // `{ to, messages }`: `to` is a user, group or room ID
    args: request({ to: 'recipient', messages: 'data' }),
    vendor: LINE_YAHOO,
  },
  {
    id: 'line.replyMessage',
    family: 'messaging',
    kind: 'send',
    api: 'client.replyMessage',
    module: SDK,
    paths: [`${CLIENT}.${methods('replyMessage')}`],
    // A reply goes back into the conversation the event came from: the token stands for its sender.
    args: request({ replyToken: 'recipient', messages: 'data' }),
    vendor: LINE_YAHOO,
  },
  {
    id: 'line.broadcast',
    family: 'messaging',
    kind: 'send',
    api: 'client.broadcast',
    module: SDK,
    // `multicast({ to: [...] })` goes to many users at once, `narrowcast` to an audience: no recipient is
    // the data subject alone, so neither is a recipient here.
    paths: [`${CLIENT}.${methods('multicast,broadcast,narrowcast')}`],
    args: request({ messages: 'data' }),
    vendor: LINE_YAHOO,
  },
  {
    id: 'line.legacy.pushMessage',
    family: 'messaging',
    kind: 'send',
    api: 'client.pushMessage',
    module: SDK,
    // `(to, messages, notificationDisabled?)` and `(replyToken, messages, notificationDisabled?)`
    paths: [`${LEGACY_CLIENT}.{pushMessage,replyMessage}`],
    args: [
      { index: 0, role: 'recipient' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
    vendor: LINE_YAHOO,
  },
  {
    id: 'line.legacy.multicast',
    family: 'messaging',
    kind: 'send',
    api: 'client.multicast',
    module: SDK,
    paths: [`${LEGACY_CLIENT}.multicast`],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
    vendor: LINE_YAHOO,
  },
  {
    id: 'line.legacy.broadcast',
    family: 'messaging',
    kind: 'send',
    api: 'client.broadcast',
    module: SDK,
    // `broadcast(messages, notificationDisabled?)`, `narrowcast(messages, recipient?, filter?, limit?)`
    paths: [`${LEGACY_CLIENT}.{broadcast,narrowcast}`],
    args: [
      { index: 0, role: 'data' },
      { index: 'rest', from: 1, role: 'none' },
    ],
    vendor: LINE_YAHOO,
  },
  {
    id: 'liff.shareTargetPicker',
    family: 'messaging',
    kind: 'send',
    api: 'liff.shareTargetPicker',
    module: ['@line/liff'],
    global: 'liff',
    // The user picks friends and groups to forward the messages to: other people.
    paths: ['shareTargetPicker'],
    args: [
      { index: 0, role: 'data' },
      { index: 1, role: 'none' },
    ],
    vendor: LINE_YAHOO,
  },
  {
    id: 'liff.sendMessages',
    family: 'messaging',
    kind: 'send',
    api: 'liff.sendMessages',
    module: ['@line/liff'],
    global: 'liff',
    // Posts as the user into the chat the LIFF app was opened from (usually the official account's).
    paths: ['sendMessages'],
    args: [{ index: 0, role: 'data' }],
    vendor: LINE_YAHOO,
  },
];
