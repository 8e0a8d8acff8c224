/**
 * Hosts of services whose operator is known, so that a plain `fetch`/`UrlFetchApp.fetch`/`kintone.proxy` to
 * them is a provision to that vendor (with its country for APPI-XB), not an unknown destination.
 * `*.example.com` also matches `example.com` itself (analysis/destinations.ts `hostMatches`). The
 * organisation's own workspace on one of these (its kintone domain, an internal Slack) is declared as an
 * approved destination in the policy, not here.
 */
import type { KnownHost } from './types.js';
import {
  CHATWORK,
  CYBOZU_KINTONE,
  DISCORD,
  GOOGLE_ANALYTICS,
  LINE_YAHOO,
  MICROSOFT_TEAMS,
  NOTION,
  OPENAI,
  SENDGRID,
  SLACK,
  TWILIO,
} from './vendors.js';

export const KNOWN_HOSTS: readonly KnownHost[] = [
  // incoming webhooks (`hooks.slack.com`), the Web API (`slack.com/api/chat.postMessage`), file hosts
  { host: '*.slack.com', vendor: SLACK },
  { host: 'api.chatwork.com', vendor: CHATWORK },
  // Teams incoming webhooks: `<tenant>.webhook.office.com` now, `outlook.office.com/webhook/...` before
  { host: '*.webhook.office.com', vendor: MICROSOFT_TEAMS },
  { host: 'outlook.office.com', vendor: MICROSOFT_TEAMS },
  // `discord.com/api/webhooks/...`, also `ptb.` / `canary.` and the old `discordapp.com`
  { host: '*.discord.com', vendor: DISCORD },
  { host: '*.discordapp.com', vendor: DISCORD },
  { host: 'notify-api.line.me', vendor: LINE_YAHOO },
  // Messaging API (`api.line.me/v2/bot/message/push`) and its content host `api-data.line.me`
  { host: 'api.line.me', vendor: LINE_YAHOO },
  { host: 'api-data.line.me', vendor: LINE_YAHOO },
  { host: 'api.notion.com', vendor: NOTION },
  { host: 'api.openai.com', vendor: OPENAI },
  { host: 'api.twilio.com', vendor: TWILIO },
  { host: 'api.sendgrid.com', vendor: SENDGRID },
  // Measurement Protocol (`www.` and `region1.google-analytics.com/g/collect`): the same vendor as the gtag
  // SDK entries, so that one approved destination covers both.
  { host: '*.google-analytics.com', vendor: GOOGLE_ANALYTICS },
  // another organisation's kintone (a partner's domain); the organisation's own is approved in the policy
  { host: '*.cybozu.com', vendor: CYBOZU_KINTONE },
  { host: '*.kintone.com', vendor: CYBOZU_KINTONE },
];
