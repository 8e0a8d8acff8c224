/**
 * Built-in functions and methods, by what they do to the data passing through them. These describe the
 * language and its standard library (not sinks or sanitizers, which live in the catalog).
 */

/** Calls whose result carries what their arguments carry (resolved root + path, `module:path` for modules). */
export const PASS_THROUGH_CALLS: ReadonlySet<string> = new Set([
  'JSON.stringify',
  'String',
  'Object.assign',
  'Object.freeze',
  'Object.values',
  'Object.entries',
  'Object.fromEntries',
  'Array.from',
  'Array.of',
  'structuredClone',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'Buffer.from',
  'Buffer.concat',
  'util:format',
  'util:inspect',
  'querystring:stringify',
  'qs:stringify',
  'lodash:pick',
  'lodash:cloneDeep',
  'lodash:clone',
  'lodash:merge',
  // Serialisers: a CSV or sheet built from the data is the data (the export is where it is written).
  'csv-stringify:stringify',
  'csv-stringify/sync:stringify',
  'papaparse:unparse',
  'json2csv:parse',
  'xlsx:utils.sheet_to_csv',
  'fast-csv:writeToString',
  'fast-csv:writeToBuffer',
  'Papa.unparse',
  'json2csv:Parser.new().parse',
  'Promise.resolve',
  'Promise.all',
]);

/** Calls whose result never carries personal data. */
export const VALUE_FREE_CALLS: ReadonlySet<string> = new Set([
  'Number',
  'Boolean',
  'Date',
  'Date.now',
  'Math.random',
  'Math.round',
  'Math.floor',
  'Math.max',
  'Math.min',
  'parseInt',
  'parseFloat',
  'isNaN',
  'Array.isArray',
  'Object.keys',
  'crypto.randomUUID',
  'crypto:randomUUID',
  'crypto:randomBytes',
  'uuid:v4',
  'nanoid:nanoid',
]);

/** String and array methods whose result carries the receiver's data. */
export const PASS_THROUGH_METHODS: ReadonlySet<string> = new Set([
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'slice',
  'substring',
  'substr',
  'concat',
  'replace',
  'replaceAll',
  'split',
  'join',
  'padStart',
  'padEnd',
  'normalize',
  'toString',
  'toJSON',
  'valueOf',
  'filter',
  'find',
  'findLast',
  'at',
  'flat',
  'sort',
  'reverse',
  'toSorted',
  'toReversed',
  'values',
  'entries',
  'get',
  'then',
  'lean',
  'exec',
  'toObject',
]);

/**
 * Methods that put their arguments into the receiver (`rows.push(x)`, `params.append(k, v)`), including the
 * user-property builders of analytics SDKs (Amplitude `new Identify().set(k, v).setOnce(k, v)`).
 */
export const MUTATING_METHODS: ReadonlySet<string> = new Set([
  'push',
  'unshift',
  'splice',
  'set',
  'setOnce',
  'add',
  'append',
  'prepend',
  'preInsert',
  'postInsert',
  'write',
  'addRow',
  'addRows',
]);

/** Methods whose result is what their callback returns for each element. */
export const MAPPING_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap']);

/**
 * Iteration methods whose callback's first parameter is an element of the receiver, for resolving what the
 * element is (`wss.clients.forEach((client) => client.send(x))`).
 */
export const ELEMENT_ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'find', 'findLast', 'some', 'every']);

/**
 * Methods whose callback's first parameter receives each element's data (`users.forEach((u) => ...)`): the
 * iteration methods, plus `then` (a promise's value), `reduce` (its accumulator carries the elements) and
 * `sort` (two elements to compare), which are no elements to resolve.
 */
export const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set([...ELEMENT_ITERATION_METHODS, 'reduce', 'sort', 'then']);

/** Methods returning booleans, numbers or nothing personal. */
export const NO_DATA_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'indexOf',
  'lastIndexOf',
  'findIndex',
  'some',
  'every',
  'has',
  'localeCompare',
  'search',
  'charCodeAt',
  'codePointAt',
  'getTime',
  'toFixed',
  'forEach',
  'keys',
  'size',
  'count',
  'countDocuments',
  'length',
  'getFullYear',
  'toISOString',
  'toLocaleDateString',
]);

/** Properties that describe a value rather than carry it. */
export const NO_DATA_PROPERTIES: ReadonlySet<string> = new Set([
  'length',
  'size',
  'byteLength',
  'constructor',
  'prototype',
  'count',
  'total',
  'rowCount',
  'status',
  'statusCode',
  'ok',
  'message',
  'stack',
  'code',
  'id',
  'uuid',
  '_id',
  'createdAt',
  'updatedAt',
]);

/**
 * Globals whose results are service objects (a Sheet, a Drive file, a DOM element), never a person, whatever
 * the variable holding them is called (`const members = ss.getSheetByName('会員')`).
 */
export const SERVICE_OBJECT_GLOBALS: ReadonlySet<string> = new Set([
  'SpreadsheetApp', 'DriveApp', 'DocumentApp', 'SlidesApp', 'FormApp', 'CalendarApp', 'GmailApp', 'PropertiesService',
  'CacheService', 'LockService', 'ScriptApp',
]);

/** Schema and validation libraries: their builders describe fields, they carry no data. */
export const SCHEMA_MODULES: ReadonlySet<string> = new Set([
  'zod',
  'yup',
  'joi',
  '@hapi/joi',
  'valibot',
  'superstruct',
  '@sinclair/typebox',
  'class-validator',
  'ajv',
]);

/**
 * Unknown functions whose result is not their arguments: persistence and I/O (`createOrder(data)` returns
 * the stored order's handle, `sendMail(msg)` an acknowledgement). Their arguments are judged where they go.
 */
export const RESULT_NOT_ARGS_PREFIXES: readonly string[] = [
  'create', 'save', 'insert', 'update', 'upsert', 'delete', 'remove', 'find', 'get', 'fetch', 'load', 'query',
  'send', 'post', 'put', 'patch', 'register', 'store', 'persist', 'write', 'add', 'emit', 'publish', 'enqueue',
  'notify', 'track', 'log', 'set', 'run', 'exec', 'execute', 'call', 'request', 'process', 'handle', 'lookup',
];

/** Unknown methods whose result is built from their arguments (`formatter.format(user)`). */
export const TRANSFORM_METHOD_PREFIXES: readonly string[] = [
  'format', 'stringify', 'serialize', 'serialise', 'encode', 'render', 'build', 'compose', 'to', 'join', 'concat', 'template', 'describe', 'summar',
  // character-set conversion (encoding-japanese `Encoding.convert(Encoding.stringToCode(csv), ...)`)
  'convert', 'transcode', 'stringTo', 'codeTo',
];

/** Call names (lower camelCase prefixes) that return booleans or counts. */
export const BOOLEAN_CALL_PREFIXES: readonly string[] = [
  'is',
  'has',
  'can',
  'should',
  'validate',
  'check',
  'count',
  'compare',
  'verify',
  'exists',
  'contains',
  'match',
];
