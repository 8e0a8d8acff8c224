/**
 * Error messages: `throw new Error(\`bad ${user.email}\`)` ends up in logs, error trackers and
 * sometimes in HTTP responses, so an error built from personal data is a log sink (`errors` family).
 */
import type { SinkSpec } from './types.js';
import { SENTRY, SENTRY_MODULES } from './vendors.js';

/** Built-in error classes whose first argument is the message. */
const BUILTIN_ERRORS = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'DOMException'];

const builtinErrors: SinkSpec[] = BUILTIN_ERRORS.map((name) => ({
  id: name,
  family: 'errors',
  kind: 'log',
  api: `new ${name}`,
  global: name,
  paths: [''],
  construct: true,
  args: [
    { index: 0, role: 'data' },
    // `cause` may be a record, but is usually another error; DOMException's second argument is a name.
    { index: 1, role: 'none' },
  ],
}));

const HTTP_ERRORS =
  '{BadRequest,Unauthorized,PaymentRequired,Forbidden,NotFound,MethodNotAllowed,NotAcceptable,Conflict,Gone,PreconditionFailed,UnprocessableEntity,TooManyRequests,InternalServerError,NotImplemented,BadGateway,ServiceUnavailable}';
const BOOM_ERRORS =
  '{badRequest,unauthorized,paymentRequired,forbidden,notFound,methodNotAllowed,notAcceptable,conflict,resourceGone,preconditionFailed,badData,tooManyRequests,internal,badImplementation,notImplemented,badGateway,serverUnavailable}';

export const errors: readonly SinkSpec[] = [
  ...builtinErrors,
  {
    id: 'Error()',
    family: 'errors',
    kind: 'log',
    api: 'Error',
    global: 'Error',
    // `throw Error(msg)` without `new` is legal and builds the same object.
    paths: [''],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'AggregateError',
    family: 'errors',
    kind: 'log',
    api: 'new AggregateError',
    global: 'AggregateError',
    paths: [''],
    construct: true,
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data' },
    ],
  },
  {
    id: 'error-class',
    family: 'errors',
    kind: 'log',
    api: 'new *Error',
    // Project error classes (`ValidationError`) and NestJS exceptions (`BadRequestException`,
    // `HttpException(response, status)`), wherever they are imported from.
    names: ['*Error', '*Exception'],
    paths: [],
    construct: true,
    description: {
      en: 'An error or exception class constructed with personal data in its message or response.',
      ja: 'メッセージやレスポンスに個人情報を含めて生成される例外クラス。',
    },
  },
  {
    id: 'http-errors',
    family: 'errors',
    kind: 'log',
    api: 'createError',
    module: ['http-errors'],
    // `createError(404, msg)`; `createError.NotFound(msg)`; the status code is a number.
    paths: ['', HTTP_ERRORS],
  },
  {
    id: 'http-errors.new',
    family: 'errors',
    kind: 'log',
    api: 'new createError.*',
    module: ['http-errors'],
    paths: [HTTP_ERRORS],
    construct: true,
  },
  {
    id: 'boom',
    family: 'errors',
    kind: 'log',
    api: 'Boom',
    module: ['@hapi/boom', 'boom'],
    paths: [BOOM_ERRORS],
  },
  {
    id: 'sentry.captureMessage',
    family: 'errors',
    kind: 'log',
    api: 'Sentry.captureMessage',
    module: SENTRY_MODULES,
    global: 'Sentry',
    // The message and the capture context (`{ extra, user, tags }`); a level string is a constant.
    paths: ['captureMessage'],
    vendor: SENTRY,
  },
  {
    id: 'sentry.captureException',
    family: 'errors',
    kind: 'log',
    api: 'Sentry.captureException',
    module: SENTRY_MODULES,
    global: 'Sentry',
    paths: ['captureException'],
    // The error itself is judged where it was built (`new Error(...)`); the context is sent as is.
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data' },
    ],
    vendor: SENTRY,
  },
  {
    id: 'sentry.captureEvent',
    family: 'errors',
    kind: 'log',
    api: 'Sentry.captureEvent',
    module: SENTRY_MODULES,
    global: 'Sentry',
    paths: ['captureEvent'],
    args: [{ index: 0, role: 'data' }],
    vendor: SENTRY,
  },
];
