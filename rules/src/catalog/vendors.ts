/**
 * Vendors behind SDKs, and module lists shared by more than one family file (Sentry is both an error
 * sink and a monitoring sink). Countries are where the vendor is established, not where a region may
 * keep the data; left out when it depends on the customer's choice of region.
 */
import type { Vendor } from './types.js';

export const GOOGLE_ANALYTICS: Vendor = { name: 'Google Analytics', country: 'US' };
export const SEGMENT: Vendor = { name: 'Segment', country: 'US' };
export const RUDDERSTACK: Vendor = { name: 'RudderStack', country: 'US' };
export const MIXPANEL: Vendor = { name: 'Mixpanel', country: 'US' };
export const AMPLITUDE: Vendor = { name: 'Amplitude', country: 'US' };
export const INTERCOM: Vendor = { name: 'Intercom', country: 'US' };
export const HOTJAR: Vendor = { name: 'Hotjar', country: 'MT' };
export const FULLSTORY: Vendor = { name: 'FullStory', country: 'US' };
export const POSTHOG: Vendor = { name: 'PostHog', country: 'US' };
export const META: Vendor = { name: 'Meta (Facebook Pixel)', country: 'US' };
export const HEAP: Vendor = { name: 'Heap', country: 'US' };
export const CLARITY: Vendor = { name: 'Microsoft Clarity', country: 'US' };
export const PENDO: Vendor = { name: 'Pendo', country: 'US' };

export const SENTRY: Vendor = { name: 'Sentry', country: 'US' };
export const DATADOG: Vendor = { name: 'Datadog', country: 'US' };
export const NEW_RELIC: Vendor = { name: 'New Relic', country: 'US' };
export const LOGROCKET: Vendor = { name: 'LogRocket', country: 'US' };
export const BUGSNAG: Vendor = { name: 'Bugsnag', country: 'US' };
export const ROLLBAR: Vendor = { name: 'Rollbar', country: 'US' };

export const SENDGRID: Vendor = { name: 'SendGrid', country: 'US' };
export const MAILGUN: Vendor = { name: 'Mailgun', country: 'US' };
export const POSTMARK: Vendor = { name: 'Postmark', country: 'US' };
export const RESEND: Vendor = { name: 'Resend', country: 'US' };
export const MAILCHIMP: Vendor = { name: 'Mailchimp Transactional', country: 'US' };
/** SES runs in the region the customer picks (Tokyo included), so no country. */
export const AMAZON_SES: Vendor = { name: 'Amazon SES' };

/** Every Sentry SDK exposes the same top-level API (`captureMessage`, `setUser`, ...). */
export const SENTRY_MODULES: string[] = [
  '@sentry/node',
  '@sentry/browser',
  '@sentry/react',
  '@sentry/nextjs',
  '@sentry/vue',
  '@sentry/angular',
  '@sentry/svelte',
  '@sentry/sveltekit',
  '@sentry/remix',
  '@sentry/astro',
  '@sentry/nestjs',
  '@sentry/bun',
  '@sentry/deno',
  '@sentry/cloudflare',
  '@sentry/aws-serverless',
  '@sentry/google-cloud-serverless',
  '@sentry/serverless',
  '@sentry/electron',
  '@sentry/react-native',
  '@sentry/core',
];

export const SLACK: Vendor = { name: 'Slack', country: 'US' };
export const TWILIO: Vendor = { name: 'Twilio', country: 'US' };
export const OPENAI: Vendor = { name: 'OpenAI', country: 'US' };
export const ANTHROPIC: Vendor = { name: 'Anthropic', country: 'US' };
export const ALGOLIA: Vendor = { name: 'Algolia', country: 'US' };

/** Gmail / MailApp: mail sent through the organisation's Google account passes through Google. */
export const GOOGLE: Vendor = { name: 'Google', country: 'US' };
/** Chatwork is run by kubell (formerly Chatwork Co., Ltd.), Tokyo. */
export const CHATWORK: Vendor = { name: 'Chatwork', country: 'JP' };
export const MICROSOFT_TEAMS: Vendor = { name: 'Microsoft Teams', country: 'US' };
export const DISCORD: Vendor = { name: 'Discord', country: 'US' };
/** LY Corporation (LINE, LINE Notify, LIFF, Messaging API), Tokyo. */
export const LINE_YAHOO: Vendor = { name: 'LINE Yahoo', country: 'JP' };
export const NOTION: Vendor = { name: 'Notion', country: 'US' };
/**
 * Cybozu, Tokyo, provides kintone on cybozu.com and, through its subsidiary, the overseas edition on
 * kintone.com; the country is where the provider is established (see the note at the top of this file).
 */
export const CYBOZU_KINTONE: Vendor = { name: 'Cybozu kintone', country: 'JP' };
