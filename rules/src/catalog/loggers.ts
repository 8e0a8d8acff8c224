/**
 * Loggers: everything written here ends up in log files and log services read by operators
 * (digest §7, `log`). Logger instances are followed through their factories (`pino()`,
 * `winston.createLogger()`, `log4js.getLogger()`), `child` loggers and typed/injected parameters.
 */
import type { SinkSpec } from './types.js';

const CONSOLE_METHODS = '{log,info,warn,error,debug,trace,dir,dirxml,table,group,groupCollapsed,timeLog}';
const WINSTON_METHODS = '{error,warn,info,http,verbose,debug,silly,log}';
const PINO_METHODS = '{trace,debug,info,warn,error,fatal}';
const LOG4JS_METHODS = '{trace,debug,info,warn,error,fatal,mark,log}';
const LOGLEVEL_METHODS = '{trace,debug,info,warn,error,log}';
const SIGNALE_METHODS = '{await,complete,error,debug,fatal,fav,info,note,pause,pending,star,start,success,wait,warn,watch,log}';
const NEST_METHODS = '{log,error,warn,debug,verbose,fatal}';
const CONSOLA_METHODS = '{log,info,start,box,success,fail,ready,warn,error,debug,trace,fatal,verbose}';
const TSLOG_METHODS = '{silly,trace,debug,info,warn,error,fatal}';
const NPMLOG_METHODS = '{silly,verbose,info,timing,http,notice,warn,error,log}';
/** Methods that any logger-shaped object found only by its name is expected to have. */
const ANY_LOGGER_METHODS = '{trace,debug,info,warn,warning,error,fatal,log,verbose,silly,http,notice,critical,success}';

export const loggers: readonly SinkSpec[] = [
  {
    id: 'console',
    family: 'loggers',
    kind: 'log',
    api: 'console',
    global: 'console',
    paths: [CONSOLE_METHODS],
  },
  {
    id: 'console.assert',
    family: 'loggers',
    kind: 'log',
    api: 'console.assert',
    global: 'console',
    paths: ['assert'],
    // The first argument is the condition; only the message parts are written.
    args: [
      { index: 0, role: 'none' },
      { index: 'rest', from: 1, role: 'data' },
    ],
  },
  {
    id: 'process.stdout',
    family: 'loggers',
    kind: 'log',
    api: 'process.stdout.write',
    global: 'process',
    paths: ['{stdout,stderr}.write'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'winston',
    family: 'loggers',
    kind: 'log',
    api: 'winston',
    module: ['winston'],
    paths: [
      WINSTON_METHODS,
      `createLogger().${WINSTON_METHODS}`,
      `loggers.{get,add}().${WINSTON_METHODS}`,
      `Container.new().{get,add}().${WINSTON_METHODS}`,
      // `logger: winston.Logger` parameters and fields, injected `WINSTON_MODULE_PROVIDER`
      `Logger.new().${WINSTON_METHODS}`,
    ],
    chain: ['child'],
  },
  {
    id: 'pino',
    family: 'loggers',
    kind: 'log',
    api: 'pino',
    module: ['pino'],
    paths: [`().${PINO_METHODS}`, `pino().${PINO_METHODS}`, `{Logger,BaseLogger}.new().${PINO_METHODS}`],
    chain: ['child'],
    redactOption: 'redact',
  },
  {
    id: 'pino-http',
    family: 'loggers',
    kind: 'log',
    api: 'pino-http',
    module: ['pino-http'],
    paths: [`().logger.${PINO_METHODS}`, `pinoHttp().logger.${PINO_METHODS}`],
    chain: ['child'],
    redactOption: 'redact',
  },
  {
    id: 'nestjs-pino',
    family: 'loggers',
    kind: 'log',
    api: 'nestjs-pino',
    module: ['nestjs-pino'],
    paths: [`PinoLogger.new().${PINO_METHODS}`, `Logger.new().${NEST_METHODS}`],
  },
  {
    id: 'fastify.log',
    family: 'loggers',
    kind: 'log',
    api: 'fastify.log',
    module: ['fastify'],
    // `const app = Fastify({ logger })`; `app.log.info(x)`. `request.log` and a plugin's `fastify.log`
    // are parameters: the generic `logger` entry finds them by the receiver name `log`.
    paths: [`().log.${PINO_METHODS}`, `fastify().log.${PINO_METHODS}`, `{FastifyInstance,FastifyRequest,FastifyReply}.new().log.${PINO_METHODS}`],
    chain: ['child'],
    redactOption: 'logger.redact',
  },
  {
    id: 'bunyan',
    family: 'loggers',
    kind: 'log',
    api: 'bunyan',
    module: ['bunyan'],
    paths: [`createLogger().${PINO_METHODS}`, `new().${PINO_METHODS}`],
    chain: ['child'],
  },
  {
    id: 'log4js',
    family: 'loggers',
    kind: 'log',
    api: 'log4js',
    module: ['log4js'],
    paths: [`getLogger().${LOG4JS_METHODS}`, `Logger.new().${LOG4JS_METHODS}`],
  },
  {
    id: 'debug',
    family: 'loggers',
    kind: 'log',
    api: 'debug',
    module: ['debug'],
    // `const log = debug('app:users'); log(x)`: the namespace call itself is not a sink.
    paths: ['()'],
    chain: ['extend'],
  },
  {
    id: 'util.debuglog',
    family: 'loggers',
    kind: 'log',
    api: 'util.debuglog',
    module: ['util'],
    paths: ['{debuglog,debug}()', 'log'],
  },
  {
    id: 'loglevel',
    family: 'loggers',
    kind: 'log',
    api: 'loglevel',
    module: ['loglevel'],
    paths: [LOGLEVEL_METHODS, `{getLogger,noConflict}().${LOGLEVEL_METHODS}`, `Logger.new().${LOGLEVEL_METHODS}`],
  },
  {
    id: 'signale',
    family: 'loggers',
    kind: 'log',
    api: 'signale',
    module: ['signale'],
    paths: [SIGNALE_METHODS, `Signale.new().${SIGNALE_METHODS}`],
    chain: ['scope'],
    redactOption: 'secrets',
  },
  {
    id: 'nestjs.Logger',
    family: 'loggers',
    kind: 'log',
    api: 'Logger (NestJS)',
    module: ['@nestjs/common'],
    // Static `Logger.log(...)`, `new Logger(Ctx.name)` fields and `logger: Logger` / `LoggerService`
    // constructor injection.
    paths: [`Logger.${NEST_METHODS}`, `{Logger,ConsoleLogger,LoggerService}.new().${NEST_METHODS}`],
  },
  {
    id: 'morgan.token',
    family: 'loggers',
    kind: 'log',
    api: 'morgan.token',
    module: ['morgan'],
    paths: ['token'],
    // `morgan.token('email', (req) => req.body.email)`: what the callback returns goes into every access log line.
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data', callbackReturn: true },
    ],
  },
  {
    id: 'morgan',
    family: 'loggers',
    kind: 'log',
    api: 'morgan',
    module: ['morgan'],
    paths: [''],
    // A format function `morgan((tokens, req, res) => ...)`; a format name string carries nothing.
    args: [
      { index: 0, role: 'data', callbackReturn: true },
      { index: 1, role: 'none' },
    ],
  },
  {
    id: 'consola',
    family: 'loggers',
    kind: 'log',
    api: 'consola',
    module: ['consola', 'consola/basic', 'consola/browser', 'consola/core'],
    paths: [CONSOLA_METHODS, `consola.${CONSOLA_METHODS}`, `createConsola().${CONSOLA_METHODS}`],
    chain: ['withTag', 'withDefaults', 'create'],
  },
  {
    id: 'tslog',
    family: 'loggers',
    kind: 'log',
    api: 'tslog',
    module: ['tslog'],
    paths: [`Logger.new().${TSLOG_METHODS}`],
    chain: ['getSubLogger', 'getChildLogger'],
  },
  {
    id: 'npmlog',
    family: 'loggers',
    kind: 'log',
    api: 'npmlog',
    module: ['npmlog'],
    paths: [NPMLOG_METHODS],
  },
  {
    id: 'logger',
    family: 'loggers',
    kind: 'log',
    api: 'logger',
    // A logger whose origin is not visible: NestJS `this.logger` without a resolvable type, fastify
    // `request.log` / `fastify.log`, pino-http `req.log`, `import { logger } from './logger'`,
    // a `logger` parameter. `auditLogger`, `eventLog` count by their last word.
    receiverNames: ['logger', 'log'],
    paths: [ANY_LOGGER_METHODS],
    description: {
      en: 'A logger found by its name (logger, log) when its import cannot be followed.',
      ja: 'インポートを追跡できないロガー(名前が logger / log のもの)。',
    },
  },
];
