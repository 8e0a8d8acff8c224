/**
 * Monitoring, error tracking, RUM and APM: user context, tags and attributes go to the vendor's
 * service (`send`, a third party and usually abroad); log-style calls (`datadogLogs.logger.info`,
 * breadcrumbs, span attributes) are `log` sinks shipped to a SaaS (digest §7).
 */
import type { ArgSpec, SinkSpec } from './types.js';
import { BUGSNAG, DATADOG, LOGROCKET, NEW_RELIC, ROLLBAR, SENTRY, SENTRY_MODULES } from './vendors.js';

const SENTRY_SCOPE_SETTERS = '{setUser,setContext,setExtra,setExtras,setTag,setTags}';
const SENTRY_SCOPES = ['', '{getCurrentScope,getIsolationScope,getGlobalScope,getCurrentHub}().'];
const DD_RUM_METHODS =
  '{setUser,setUserProperty,addAction,addError,setGlobalContext,setGlobalContextProperty,setAccount,setAccountProperty,setViewContext,setViewContextProperty}';
const DD_LOG_METHODS = '{debug,info,warn,error,log}';
const DD_LOGS_CONTEXT = '{setUser,setUserProperty,setGlobalContext,setGlobalContextProperty,setAccount,setAccountProperty}';
const SPAN_METHODS = '{setAttribute,setAttributes,addEvent,setTag,addTags,setData}';

/** `noticeError(error, attributes)`: the error is judged where it was built. */
const ERROR_THEN_CONTEXT: ArgSpec[] = [
  { index: 0, role: 'none' },
  { index: 1, role: 'data' },
];

export const monitoring: readonly SinkSpec[] = [
  {
    id: 'sentry.scope',
    family: 'monitoring',
    kind: 'send',
    api: 'Sentry.setUser',
    module: SENTRY_MODULES,
    global: 'Sentry',
    paths: SENTRY_SCOPES.map((s) => `${s}${SENTRY_SCOPE_SETTERS}`),
    // `Sentry.withScope((scope) => scope.setUser(...))`, `configureScope`, a `scope` from `beforeSend`.
    receiverNames: ['scope'],
    vendor: SENTRY,
  },
  {
    id: 'sentry.addBreadcrumb',
    family: 'monitoring',
    kind: 'log',
    api: 'Sentry.addBreadcrumb',
    module: SENTRY_MODULES,
    global: 'Sentry',
    paths: SENTRY_SCOPES.map((s) => `${s}addBreadcrumb`),
    receiverNames: ['scope'],
    vendor: SENTRY,
  },
  {
    id: 'sentry.init',
    family: 'monitoring',
    kind: 'send',
    api: 'Sentry.init',
    module: SENTRY_MODULES,
    global: 'Sentry',
    paths: ['init'],
    args: [{ index: 0, role: 'options', properties: { initialScope: 'data' } }],
    vendor: SENTRY,
  },
  {
    id: 'datadog.rum',
    family: 'monitoring',
    kind: 'send',
    api: 'datadogRum.setUser',
    module: ['@datadog/browser-rum', '@datadog/browser-rum-slim'],
    paths: [`datadogRum.${DD_RUM_METHODS}`],
    vendor: DATADOG,
  },
  {
    id: 'datadog.rum.global',
    family: 'monitoring',
    kind: 'send',
    api: 'DD_RUM.setUser',
    global: 'DD_RUM',
    paths: [DD_RUM_METHODS],
    vendor: DATADOG,
  },
  {
    id: 'datadog.logs',
    family: 'monitoring',
    kind: 'log',
    api: 'datadogLogs.logger',
    module: ['@datadog/browser-logs'],
    paths: [`datadogLogs.logger.${DD_LOG_METHODS}`, `datadogLogs.{createLogger,getLogger}().${DD_LOG_METHODS}`],
    vendor: DATADOG,
  },
  {
    id: 'datadog.logs.global',
    family: 'monitoring',
    kind: 'log',
    api: 'DD_LOGS.logger',
    global: 'DD_LOGS',
    paths: [`logger.${DD_LOG_METHODS}`, `{createLogger,getLogger}().${DD_LOG_METHODS}`],
    vendor: DATADOG,
  },
  {
    id: 'datadog.logs.context',
    family: 'monitoring',
    kind: 'send',
    api: 'datadogLogs.setUser',
    module: ['@datadog/browser-logs'],
    paths: [`datadogLogs.${DD_LOGS_CONTEXT}`],
    vendor: DATADOG,
  },
  {
    id: 'dd-trace',
    family: 'monitoring',
    kind: 'log',
    api: 'tracer span.setTag',
    module: ['dd-trace'],
    // `tracer.scope().active()?.setTag('user.email', x)`; `tracer.setUser({ id, email })`.
    paths: ['scope().active().{setTag,addTags}', 'init().scope().active().{setTag,addTags}', 'setUser', 'appsec.setUser', 'init().setUser'],
    vendor: DATADOG,
  },
  {
    id: 'span.attributes',
    family: 'monitoring',
    kind: 'log',
    api: 'span.setAttribute',
    module: ['@opentelemetry/api'],
    paths: [`trace.{getActiveSpan,getSpan}().${SPAN_METHODS}`, `trace.getTracer().startSpan().${SPAN_METHODS}`],
    // APM spans found by name: OpenTelemetry `span.setAttribute`, dd-trace `span.setTag`, Sentry `span.setData`.
    receiverNames: ['span'],
    description: {
      en: 'APM span attributes and tags: stored and indexed by the tracing backend.',
      ja: 'APM のスパン属性・タグ。トレーシング基盤に保存・索引化されます。',
    },
  },
  {
    id: 'newrelic',
    family: 'monitoring',
    kind: 'send',
    api: 'newrelic.addCustomAttribute',
    module: ['newrelic'],
    global: 'newrelic',
    // Node agent and browser agent (`window.newrelic`) method names.
    paths: [
      '{addCustomAttribute,addCustomAttributes,addCustomSpanAttribute,addCustomSpanAttributes,recordCustomEvent,setUserID}',
      '{setCustomAttribute,setUserId,addPageAction,setApplicationVersion,interaction}',
    ],
    vendor: NEW_RELIC,
  },
  {
    id: 'newrelic.browser-agent',
    family: 'monitoring',
    kind: 'send',
    api: 'newrelic.setCustomAttribute',
    module: ['@newrelic/browser-agent', '@newrelic/browser-agent/loaders/browser-agent'],
    paths: ['BrowserAgent.new().{setCustomAttribute,setUserId,addPageAction}'],
    vendor: NEW_RELIC,
  },
  {
    id: 'newrelic.noticeError',
    family: 'monitoring',
    kind: 'send',
    api: 'newrelic.noticeError',
    module: ['newrelic'],
    global: 'newrelic',
    paths: ['noticeError'],
    args: ERROR_THEN_CONTEXT,
    vendor: NEW_RELIC,
  },
  {
    id: 'newrelic.log',
    family: 'monitoring',
    kind: 'log',
    api: 'newrelic.recordLogEvent',
    module: ['newrelic'],
    global: 'newrelic',
    paths: ['{recordLogEvent,log}'],
    vendor: NEW_RELIC,
  },
  {
    id: 'logrocket',
    family: 'monitoring',
    kind: 'send',
    api: 'LogRocket.identify',
    module: ['logrocket'],
    paths: ['{identify,track,captureMessage}'],
    vendor: LOGROCKET,
  },
  {
    id: 'logrocket.captureException',
    family: 'monitoring',
    kind: 'send',
    api: 'LogRocket.captureException',
    module: ['logrocket'],
    paths: ['captureException'],
    args: ERROR_THEN_CONTEXT,
    vendor: LOGROCKET,
  },
  {
    id: 'logrocket.log',
    family: 'monitoring',
    kind: 'log',
    api: 'LogRocket.log',
    module: ['logrocket'],
    paths: ['{log,info,warn,error,debug}'],
    vendor: LOGROCKET,
  },
  {
    id: 'bugsnag',
    family: 'monitoring',
    kind: 'send',
    api: 'Bugsnag.setUser',
    module: ['@bugsnag/js', '@bugsnag/browser', '@bugsnag/node', '@bugsnag/react-native', '@bugsnag/expo'],
    paths: ['{setUser,addMetadata,leaveBreadcrumb,setContext}', 'start().{setUser,addMetadata,leaveBreadcrumb,setContext}'],
    vendor: BUGSNAG,
  },
  {
    id: 'bugsnag.start',
    family: 'monitoring',
    kind: 'send',
    api: 'Bugsnag.start',
    module: ['@bugsnag/js', '@bugsnag/browser', '@bugsnag/node', '@bugsnag/react-native', '@bugsnag/expo'],
    paths: ['start'],
    args: [{ index: 0, role: 'options', properties: { user: 'data', metadata: 'data' } }],
    vendor: BUGSNAG,
  },
  {
    id: 'rollbar',
    family: 'monitoring',
    kind: 'log',
    api: 'rollbar.error',
    module: ['rollbar'],
    paths: ['new().{log,debug,info,warn,warning,error,critical}', 'init().{log,debug,info,warn,warning,error,critical}'],
    vendor: ROLLBAR,
  },
];
