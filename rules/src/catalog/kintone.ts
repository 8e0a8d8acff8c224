/**
 * kintone customisations (global `kintone`). `kintone.proxy` and the plug-in proxy relay a request from the
 * kintone domain to another host: a send, whose destination is the URL argument.
 *
 * `kintone.api(...)` is deliberately absent: it calls the REST API of the same kintone domain, the
 * organisation's own database (DESIGN.md "What is a take-out"), like an ORM call in a web back end. So is
 * `@kintone/rest-api-client` pointed at the organisation's own domain. Another organisation's kintone reached
 * through the proxy is a known host (hosts.ts).
 */
import type { ArgRole, ArgSpec, SinkSpec } from './types.js';

/**
 * Keys of a proxied body that name a message's addressee (an SMS or mail API behind the proxy):
 * `{ to: r.携帯番号.value, text: `${r.お客様名.value}様 ...` }` goes to the person themself, as with the
 * messaging SDKs. Contact fields (`email`, `phone`, `mobile`) are left out: in a CRM or MA sync body they
 * are the data handed over, not where a message goes.
 */
const ADDRESSEE: Record<string, ArgRole> = {
  to: 'recipient',
  To: 'recipient',
  cc: 'recipient',
  bcc: 'recipient',
  recipient: 'recipient',
  recipients: 'recipient',
};

/** `kintone.proxy(url, method, headers, data, callback?, errback?)` */
const PROXY_ARGS: ArgSpec[] = [
  { index: 0, role: 'url' },
  { index: 1, role: 'none' },
  { index: 2, role: 'none' },
  { index: 3, role: 'data', properties: ADDRESSEE },
  { index: 'rest', from: 4, role: 'none' },
];

/** `kintone.plugin.app.proxy(pluginId, url, method, headers, data, callback?, errback?)` */
const PLUGIN_PROXY_ARGS: ArgSpec[] = [
  { index: 0, role: 'none' },
  { index: 1, role: 'url' },
  { index: 2, role: 'none' },
  { index: 3, role: 'none' },
  { index: 4, role: 'data', properties: ADDRESSEE },
  { index: 'rest', from: 5, role: 'none' },
];

export const kintone: readonly SinkSpec[] = [
  {
    id: 'kintone.proxy',
    family: 'http',
    kind: 'send',
    api: 'kintone.proxy',
    global: 'kintone',
    // `upload` sends `{ format: 'RAW', value: blob }` in the same position
    paths: ['proxy', 'proxy.upload'],
    args: PROXY_ARGS,
  },
  {
    id: 'kintone.plugin.app.proxy',
    family: 'http',
    kind: 'send',
    api: 'kintone.plugin.app.proxy',
    global: 'kintone',
    // Headers and data saved with `setProxyConfig` are added by kintone and never seen here.
    paths: ['plugin.app.proxy', 'plugin.app.proxy.upload'],
    args: PLUGIN_PROXY_ARGS,
  },
];
