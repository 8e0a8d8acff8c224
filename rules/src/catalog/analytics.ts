/**
 * Analytics, tag and session-replay SDKs: every call provides data to a (mostly foreign) third party
 * (APPI Art. 27/28, Art. 31 for cookie and device IDs, 電気通信事業法 27条の12). Event names are
 * constants; event properties, traits and user IDs are data.
 */
import type { ArgSpec, SinkSpec, Vendor } from './types.js';
import {
  AMPLITUDE,
  CLARITY,
  FULLSTORY,
  GOOGLE_ANALYTICS,
  HEAP,
  HOTJAR,
  INTERCOM,
  META,
  MIXPANEL,
  PENDO,
  POSTHOG,
  RUDDERSTACK,
  SEGMENT,
} from './vendors.js';

/** `gtag('event', name, params)`, `fbq('track', 'Lead', data)`: the command is a keyword. */
const COMMAND_THEN_DATA: ArgSpec[] = [
  { index: 0, role: 'none' },
  { index: 'rest', from: 1, role: 'data' },
];

const SEGMENT_METHODS = '{track,identify,page,group,alias,screen}';
const MIXPANEL_METHODS = '{track,identify,register,register_once,alias,set_group,track_forms,track_links}';
const MIXPANEL_PEOPLE = 'people.{set,set_once,append,union}';
const AMPLITUDE_METHODS = '{track,logEvent,identify,setUserId,setDeviceId,setGroup,groupIdentify,revenue}';
const POSTHOG_METHODS = '{capture,identify,alias,group,register,register_once,setPersonProperties,setPersonPropertiesForFlags}';

function snippet(id: string, global: string, api: string, paths: string[], vendor: Vendor, args?: ArgSpec[]): SinkSpec {
  return { id, family: 'analytics', kind: 'send', api, global, paths, vendor, ...(args ? { args } : {}) };
}

export const analytics: readonly SinkSpec[] = [
  snippet('gtag', 'gtag', 'gtag', [''], GOOGLE_ANALYTICS, COMMAND_THEN_DATA),
  snippet('ga', 'ga', 'ga', [''], GOOGLE_ANALYTICS, COMMAND_THEN_DATA),
  snippet('dataLayer.push', 'dataLayer', 'dataLayer.push', ['push'], GOOGLE_ANALYTICS),
  {
    id: 'react-ga4',
    family: 'analytics',
    kind: 'send',
    api: 'ReactGA.event',
    module: ['react-ga4', 'react-ga'],
    paths: ['{event,set,send,gtag,initialize}'],
    vendor: GOOGLE_ANALYTICS,
  },
  {
    id: 'next.third-parties.ga',
    family: 'analytics',
    kind: 'send',
    api: 'sendGAEvent',
    module: ['@next/third-parties/google'],
    paths: ['{sendGAEvent,sendGTMEvent}'],
    vendor: GOOGLE_ANALYTICS,
  },
  snippet('segment.analytics', 'analytics', 'analytics.track', [SEGMENT_METHODS], SEGMENT),
  {
    id: 'segment.analytics-next',
    family: 'analytics',
    kind: 'send',
    api: 'analytics.track',
    module: ['@segment/analytics-next'],
    paths: [`AnalyticsBrowser.load().${SEGMENT_METHODS}`, `AnalyticsBrowser.new().${SEGMENT_METHODS}`],
    vendor: SEGMENT,
  },
  {
    id: 'segment.analytics-node',
    family: 'analytics',
    kind: 'send',
    api: 'analytics.track',
    module: ['@segment/analytics-node', 'analytics-node'],
    // `new Analytics({ writeKey }).track({ userId, event, properties })`
    paths: [`Analytics.new().${SEGMENT_METHODS}`, `new().${SEGMENT_METHODS}`],
    vendor: SEGMENT,
  },
  snippet('rudderstack', 'rudderanalytics', 'rudderanalytics.track', [SEGMENT_METHODS], RUDDERSTACK),
  {
    id: 'analytics',
    family: 'analytics',
    kind: 'send',
    api: 'analytics.track',
    // An analytics wrapper whose vendor is not visible (`import { analytics } from '@/lib/analytics'`,
    // an injected `this.analytics`): still a provision to whoever is behind it.
    receiverNames: ['analytics'],
    paths: [SEGMENT_METHODS],
  },
  {
    id: 'mixpanel-browser',
    family: 'analytics',
    kind: 'send',
    api: 'mixpanel.track',
    module: ['mixpanel-browser'],
    global: 'mixpanel',
    paths: [MIXPANEL_METHODS, MIXPANEL_PEOPLE, `init().${MIXPANEL_METHODS}`, `init().${MIXPANEL_PEOPLE}`],
    vendor: MIXPANEL,
  },
  {
    id: 'mixpanel',
    family: 'analytics',
    kind: 'send',
    api: 'mixpanel.track',
    module: ['mixpanel'],
    // `Mixpanel.init(token).track(event, props)`, `.people.set(distinctId, props)`
    paths: [`init().${MIXPANEL_METHODS}`, `init().${MIXPANEL_PEOPLE}`, 'init().import'],
    vendor: MIXPANEL,
  },
  {
    id: 'amplitude',
    family: 'analytics',
    kind: 'send',
    api: 'amplitude.track',
    module: ['@amplitude/analytics-browser', '@amplitude/analytics-node', '@amplitude/analytics-react-native'],
    global: 'amplitude',
    paths: [AMPLITUDE_METHODS, `createInstance().${AMPLITUDE_METHODS}`],
    vendor: AMPLITUDE,
  },
  {
    id: 'amplitude-js',
    family: 'analytics',
    kind: 'send',
    api: 'amplitude.getInstance().logEvent',
    module: ['amplitude-js', '@amplitude/node'],
    paths: ['getInstance().{logEvent,setUserId,setUserProperties,identify,logRevenueV2}', 'init().{logEvent,identify}'],
    vendor: AMPLITUDE,
  },
  snippet('intercom', 'Intercom', 'Intercom', [''], INTERCOM, COMMAND_THEN_DATA),
  {
    id: 'intercom.messenger-js-sdk',
    family: 'analytics',
    kind: 'send',
    api: 'Intercom',
    module: ['@intercom/messenger-js-sdk'],
    // `Intercom({ app_id, email, name })`, `update({...})`, `trackEvent(name, metadata)`
    paths: ['', '{boot,update,trackEvent}'],
    vendor: INTERCOM,
  },
  {
    id: 'react-use-intercom',
    family: 'analytics',
    kind: 'send',
    api: 'useIntercom().boot',
    module: ['react-use-intercom'],
    paths: ['useIntercom().{boot,update,trackEvent}'],
    vendor: INTERCOM,
  },
  snippet('hotjar', 'hj', 'hj', [''], HOTJAR, COMMAND_THEN_DATA),
  {
    id: 'hotjar.browser',
    family: 'analytics',
    kind: 'send',
    api: 'Hotjar.identify',
    module: ['@hotjar/browser', 'react-hotjar'],
    paths: ['{identify,event}', 'hotjar.{identify,event}'],
    vendor: HOTJAR,
  },
  snippet('fullstory', 'FS', 'FS.identify', ['', '{identify,setUserVars,event,log}'], FULLSTORY),
  {
    id: 'fullstory.browser',
    family: 'analytics',
    kind: 'send',
    api: 'FullStory.identify',
    module: ['@fullstory/browser', '@fullstory/react-native'],
    // v1 `FullStory.identify(uid, vars)`; v2 `FullStory('setIdentity', { uid, properties })`
    paths: ['{identify,setUserVars,event,log}', 'FullStory', 'FullStory.{identify,setUserVars,event,log}'],
    vendor: FULLSTORY,
  },
  {
    id: 'posthog',
    family: 'analytics',
    kind: 'send',
    api: 'posthog.capture',
    module: ['posthog-js', 'posthog-react-native'],
    global: 'posthog',
    paths: [POSTHOG_METHODS, `people.{set,set_once}`, `init().${POSTHOG_METHODS}`],
    vendor: POSTHOG,
  },
  {
    id: 'posthog.react',
    family: 'analytics',
    kind: 'send',
    api: 'usePostHog().capture',
    module: ['posthog-js/react'],
    paths: [`usePostHog().${POSTHOG_METHODS}`],
    vendor: POSTHOG,
  },
  {
    id: 'posthog-node',
    family: 'analytics',
    kind: 'send',
    api: 'posthog.capture',
    module: ['posthog-node'],
    // `new PostHog(key).capture({ distinctId, event, properties })`
    paths: [`PostHog.new().{capture,identify,alias,groupIdentify}`],
    vendor: POSTHOG,
  },
  snippet('facebook-pixel', 'fbq', 'fbq', [''], META, COMMAND_THEN_DATA),
  {
    id: 'react-facebook-pixel',
    family: 'analytics',
    kind: 'send',
    api: 'ReactPixel.track',
    module: ['react-facebook-pixel'],
    // `init(pixelId, advancedMatching)` carries e-mail and phone for matching.
    paths: ['{init,track,trackCustom,trackSingle,trackSingleCustom,fbq}'],
    vendor: META,
  },
  snippet('heap', 'heap', 'heap.identify', ['{identify,addUserProperties,addEventProperties,track}'], HEAP),
  snippet('clarity', 'clarity', 'clarity', [''], CLARITY, COMMAND_THEN_DATA),
  {
    id: 'clarity.js',
    family: 'analytics',
    kind: 'send',
    api: 'Clarity.identify',
    module: ['@microsoft/clarity'],
    paths: ['{identify,setTag,event}', 'Clarity.{identify,setTag,event}'],
    vendor: CLARITY,
  },
  snippet('pendo', 'pendo', 'pendo.initialize', ['{initialize,identify,updateOptions,track}'], PENDO),
];
