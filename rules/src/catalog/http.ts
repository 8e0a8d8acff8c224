/**
 * HTTP clients. The URL argument tells where the request goes (the app's own back end or a third
 * party, over TLS or not) and is itself a sink for data placed in it (CWE-598); query parameters are
 * part of the URL. Request headers are not listed: they mostly carry the caller's own credentials to
 * the API that needs them.
 */
import type { ArgSpec, SinkSpec } from './types.js';

const BODY_METHODS = '{post,put,patch,postForm,putForm,patchForm}';
const NO_BODY_METHODS = '{get,delete,head,options}';
const SUPERAGENT_METHODS = '{get,post,put,patch,delete,del,head,options}';

/** `fetch(url, { body })` */
const FETCH_ARGS: ArgSpec[] = [
  { index: 0, role: 'url' },
  { index: 1, role: 'options', properties: { body: 'data' } },
];

/** axios `post(url, data, config)` */
const AXIOS_CONFIG: Record<string, 'data' | 'query' | 'url'> = { params: 'query', data: 'data' };
const AXIOS_BODY_ARGS: ArgSpec[] = [
  { index: 0, role: 'url' },
  { index: 1, role: 'data' },
  { index: 2, role: 'options', properties: AXIOS_CONFIG },
];
const AXIOS_NO_BODY_ARGS: ArgSpec[] = [
  { index: 0, role: 'url' },
  { index: 1, role: 'options', properties: AXIOS_CONFIG },
];

/** got / ky `post(url, { json, form, body, searchParams })` */
const GOT_ARGS: ArgSpec[] = [
  { index: 0, role: 'url' },
  { index: 1, role: 'options', properties: { json: 'data', form: 'data', body: 'data', searchParams: 'query' } },
];

/** ofetch / Nuxt `$fetch(url, { body, query, params })` */
const OFETCH_ARGS: ArgSpec[] = [
  { index: 0, role: 'url' },
  { index: 1, role: 'options', properties: { body: 'data', query: 'query', params: 'query' } },
];

function jquery(global: '$' | 'jQuery', module: string[] | undefined): SinkSpec[] {
  const prefix = global === '$' ? 'jquery' : 'jQuery-global';
  return [
    {
      id: `${prefix}.ajax`,
      family: 'http',
      kind: 'send',
      api: `${global}.ajax`,
      global,
      module,
      paths: ['ajax'],
      // `data` goes into the query string for GET and into the body otherwise: judged as data.
      args: [{ index: 0, role: 'options', properties: { url: 'url', data: 'data' } }],
    },
    {
      id: `${prefix}.post`,
      family: 'http',
      kind: 'send',
      api: `${global}.post`,
      global,
      module,
      paths: ['post'],
      args: [
        { index: 0, role: 'url' },
        { index: 1, role: 'data' },
      ],
    },
    {
      id: `${prefix}.get`,
      family: 'http',
      kind: 'send',
      api: `${global}.get`,
      global,
      module,
      paths: ['{get,getJSON}'],
      args: [
        { index: 0, role: 'url' },
        { index: 1, role: 'query' },
      ],
    },
  ];
}

function nuxtFetch(global: '$fetch' | 'useFetch' | 'useLazyFetch'): SinkSpec {
  return { id: `nuxt.${global}`, family: 'http', kind: 'send', api: global, global, paths: [''], args: OFETCH_ARGS };
}

export const http: readonly SinkSpec[] = [
  {
    id: 'fetch',
    family: 'http',
    kind: 'send',
    api: 'fetch',
    global: 'fetch',
    paths: [''],
    args: FETCH_ARGS,
  },
  {
    id: 'node-fetch',
    family: 'http',
    kind: 'send',
    api: 'fetch',
    module: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'unfetch', 'undici'],
    paths: ['', 'fetch'],
    args: FETCH_ARGS,
  },
  {
    id: 'undici.request',
    family: 'http',
    kind: 'send',
    api: 'undici.request',
    module: ['undici'],
    paths: ['request'],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'options', properties: { body: 'data', query: 'query' } },
    ],
  },
  {
    id: 'axios.post',
    family: 'http',
    kind: 'send',
    api: 'axios.post',
    module: ['axios', '@nestjs/axios'],
    // `axios.create()` instances and NestJS `HttpService` (`this.httpService.post`, `.axiosRef.post`).
    paths: [BODY_METHODS, `create().${BODY_METHODS}`, `HttpService.new().${BODY_METHODS}`, `HttpService.new().axiosRef.${BODY_METHODS}`],
    args: AXIOS_BODY_ARGS,
  },
  {
    id: 'axios.get',
    family: 'http',
    kind: 'send',
    api: 'axios.get',
    module: ['axios', '@nestjs/axios'],
    paths: [NO_BODY_METHODS, `create().${NO_BODY_METHODS}`, `HttpService.new().${NO_BODY_METHODS}`, `HttpService.new().axiosRef.${NO_BODY_METHODS}`],
    args: AXIOS_NO_BODY_ARGS,
  },
  {
    id: 'axios',
    family: 'http',
    kind: 'send',
    api: 'axios',
    module: ['axios', '@nestjs/axios'],
    // `axios(config)`, `axios.request(config)`, an instance called directly `api(config)`.
    // The `axios(url, config)` form is read as two configs: the URL string is not inspected.
    paths: ['', 'request', 'create()', 'create().request', 'HttpService.new().request', 'HttpService.new().axiosRef.request'],
    args: [
      { index: 0, role: 'options', properties: { url: 'url', data: 'data', params: 'query' } },
      { index: 1, role: 'options', properties: { data: 'data', params: 'query' } },
    ],
  },
  {
    id: 'http-client.post',
    family: 'http',
    kind: 'send',
    api: 'api.post',
    // An HTTP client whose origin is not visible: `api.post(url, data)` from a project module,
    // `this.http.post(...)` without a type.
    receiverNames: ['api', 'http', 'axios'],
    paths: ['{post,put,patch}'],
    args: AXIOS_BODY_ARGS,
  },
  {
    id: 'http-client.get',
    family: 'http',
    kind: 'send',
    api: 'api.get',
    receiverNames: ['api', 'http', 'axios'],
    paths: ['{get,delete}'],
    args: AXIOS_NO_BODY_ARGS,
  },
  {
    id: 'angular.HttpClient.post',
    family: 'http',
    kind: 'send',
    api: 'HttpClient.post',
    module: ['@angular/common/http', '@angular/core'],
    // Constructor injection `private http: HttpClient`, or a field `http = inject(HttpClient)`.
    paths: ['HttpClient.new().{post,put,patch}', 'inject().{post,put,patch}'],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'data' },
      { index: 2, role: 'options', properties: { params: 'query' } },
    ],
  },
  {
    id: 'angular.HttpClient.get',
    family: 'http',
    kind: 'send',
    api: 'HttpClient.get',
    module: ['@angular/common/http', '@angular/core'],
    paths: ['HttpClient.new().{get,delete,head,options,jsonp}', 'inject().{get,delete,head,options,jsonp}'],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'options', properties: { params: 'query', body: 'data' } },
    ],
  },
  {
    id: 'angular.HttpClient.request',
    family: 'http',
    kind: 'send',
    api: 'HttpClient.request',
    module: ['@angular/common/http', '@angular/core'],
    paths: ['HttpClient.new().request', 'inject().request'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'url' },
      { index: 2, role: 'options', properties: { params: 'query', body: 'data' } },
    ],
  },
  {
    id: 'got',
    family: 'http',
    kind: 'send',
    api: 'got',
    module: ['got'],
    paths: ['', '{get,post,put,patch,delete,head}'],
    chain: ['extend'],
    args: GOT_ARGS,
  },
  {
    id: 'ky',
    family: 'http',
    kind: 'send',
    api: 'ky',
    module: ['ky'],
    paths: ['', '{get,post,put,patch,delete,head}'],
    chain: ['create', 'extend'],
    args: GOT_ARGS,
  },
  {
    id: 'ofetch',
    family: 'http',
    kind: 'send',
    api: 'ofetch',
    module: ['ofetch'],
    paths: ['', 'ofetch', '$fetch', '{ofetch,$fetch}.create()', 'create()', '{ofetch,$fetch}.raw', 'raw'],
    args: OFETCH_ARGS,
  },
  nuxtFetch('$fetch'),
  nuxtFetch('useFetch'),
  nuxtFetch('useLazyFetch'),
  {
    id: 'superagent',
    family: 'http',
    kind: 'send',
    api: 'superagent',
    module: ['superagent'],
    // `superagent.post(url, data)`; the body usually follows in `.send(data)`.
    paths: [SUPERAGENT_METHODS],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'data' },
    ],
  },
  {
    id: 'superagent.method',
    family: 'http',
    kind: 'send',
    api: 'superagent',
    module: ['superagent'],
    // `superagent('POST', url)`
    paths: [''],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'url' },
    ],
  },
  {
    id: 'superagent.send',
    family: 'http',
    kind: 'send',
    api: 'superagent.send',
    module: ['superagent'],
    paths: [`${SUPERAGENT_METHODS}().{send,field}`, '().{send,field}'],
    // Builder calls between the request and `.send()` return the same request.
    chain: ['set', 'type', 'accept', 'timeout', 'retry', 'withCredentials', 'redirects', 'ok', 'responseType', 'use', 'query', 'field', 'attach', 'auth', 'send'],
    args: [{ index: 'rest', from: 0, role: 'data' }],
  },
  {
    id: 'superagent.query',
    family: 'http',
    kind: 'send',
    api: 'superagent.query',
    module: ['superagent'],
    paths: [`${SUPERAGENT_METHODS}().query`, '().query'],
    chain: ['set', 'type', 'accept', 'timeout', 'retry', 'withCredentials', 'redirects', 'ok', 'responseType', 'use', 'query', 'field', 'attach', 'auth', 'send'],
    args: [{ index: 0, role: 'query' }],
  },
  {
    id: 'request',
    family: 'http',
    kind: 'send',
    api: 'request',
    module: ['request', 'request-promise', 'request-promise-native'],
    // `request(url, options)` / `request.post(url, { form })`. The `request({ url, form })` form puts the
    // whole options object in the URL position and is judged as a URL.
    paths: ['', '{get,post,put,patch,del,delete,head}'],
    chain: ['defaults'],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'options', properties: { body: 'data', form: 'data', json: 'data', formData: 'data', qs: 'query' } },
    ],
  },
  {
    id: 'http.request',
    family: 'http',
    kind: 'send',
    api: 'http.request',
    module: ['http', 'https'],
    // `https.request(url | options, [options], callback)`: an options object's `path` carries the query.
    paths: ['{request,get}'],
    args: [
      { index: 0, role: 'url' },
      { index: 'rest', from: 1, role: 'none' },
    ],
  },
  {
    id: 'http.request.write',
    family: 'http',
    kind: 'send',
    api: 'http.request().write',
    module: ['http', 'https'],
    paths: ['{request,get}().{write,end}'],
    args: [
      { index: 0, role: 'data' },
      { index: 'rest', from: 1, role: 'none' },
    ],
  },
  {
    id: 'XMLHttpRequest.open',
    family: 'http',
    kind: 'send',
    api: 'XMLHttpRequest.open',
    global: 'XMLHttpRequest',
    paths: ['new().open'],
    receiverNames: ['xhr'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'url' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'XMLHttpRequest.send',
    family: 'http',
    kind: 'send',
    api: 'XMLHttpRequest.send',
    global: 'XMLHttpRequest',
    paths: ['new().send'],
    receiverNames: ['xhr'],
    args: [{ index: 0, role: 'data' }],
    urlFrom: { method: 'open', index: 1 },
  },
  ...jquery('$', ['jquery']),
  ...jquery('jQuery', undefined),
  {
    id: 'graphql-request',
    family: 'http',
    kind: 'send',
    api: 'graphql-request',
    module: ['graphql-request'],
    // `request(url, document, variables)`
    paths: ['request'],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'none' },
      { index: 2, role: 'data' },
    ],
  },
  {
    id: 'graphql-request.client',
    family: 'http',
    kind: 'send',
    api: 'GraphQLClient.request',
    module: ['graphql-request'],
    paths: ['GraphQLClient.new().request'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data' },
    ],
  },
  {
    id: 'navigator.sendBeacon',
    family: 'beacon',
    kind: 'send',
    api: 'navigator.sendBeacon',
    global: 'navigator',
    paths: ['sendBeacon'],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'data' },
    ],
  },
];
