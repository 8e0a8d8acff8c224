/**
 * Where a request goes, from the literal parts of its URL: the app's own back end (relative, same-origin or
 * a configured first-party host), a third party, or plain-text transport.
 */
import { KNOWN_HOSTS } from '../catalog/hosts.js';
import type { Vendor } from '../catalog/types.js';

export interface Destination {
  /** Host when the URL is absolute. */
  host?: string;
  /** The operator of a known host (Slack, Chatwork, LINE...). */
  vendor?: Vendor;
  firstParty: boolean;
  thirdParty: boolean;
  /** `http://`, `ws://`, `ftp://` to a host that is not local. */
  insecure: boolean;
  known: boolean;
}

/**
 * Authentication endpoints (sign-in, OAuth token and ID-token verification): a credential sent there goes
 * back to the party that checks it, which is its purpose.
 */
export const AUTH_ENDPOINT = /\/(oauth2?|auth|login|signin|sign-in|session|sessions|token|verify|introspect)(\/|\?|$)/i;

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|host\.docker\.internal)$/i;

/** Names of URL variables that say where they point (`CRM_WEBHOOK_URL`, `apiBase`). */
const THIRD_PARTY_HINT = /webhook|crm|slack|hubspot|salesforce|zendesk|partner|vendor|external|third.?party|marketing|mailchimp|sendgrid|twilio|chatwork|discord|teams/i;
const FIRST_PARTY_HINT = /^(api|backend|server|app|internal|self|origin|base)([_-]?(base|root|v\d))?([_-]?(url|uri|host|endpoint|origin|base))?$/i;
/** `${location.origin}/api/...`, `window.location.origin + '/api'`: the page's own origin. */
const SAME_ORIGIN = /^[`'"]?(\$\{)?\s*(window\.|self\.|globalThis\.|document\.)?location\.origin\b/;

export function classifyUrl(prefix: string | null, firstPartyHosts: readonly string[], hint?: string): Destination {
  if (prefix === null) {
    if (hint && SAME_ORIGIN.test(hint)) return { firstParty: true, thirdParty: false, insecure: false, known: true };
    if (hint && THIRD_PARTY_HINT.test(hint)) return { firstParty: false, thirdParty: true, insecure: false, known: false };
    if (hint && FIRST_PARTY_HINT.test(hint.replace(/^process\.env\./, '').replace(/^(NEXT_PUBLIC_|VITE_|REACT_APP_)/, ''))) {
      return { firstParty: true, thirdParty: false, insecure: false, known: false };
    }
    return { firstParty: false, thirdParty: false, insecure: false, known: false };
  }
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#:]*)/i.exec(prefix);
  if (!m) {
    if (prefix.startsWith('//')) {
      const host = /^\/\/([^/?#:]*)/.exec(prefix)?.[1] ?? '';
      return hostDestination(host, false, firstPartyHosts);
    }
    // Relative URL or path: the app's own origin.
    return { firstParty: true, thirdParty: false, insecure: false, known: true };
  }
  const scheme = m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase();
  const insecure = (scheme === 'http' || scheme === 'ws' || scheme === 'ftp') && !LOCAL_HOSTS.test(host) && host !== '';
  return hostDestination(host, insecure, firstPartyHosts);
}

function hostDestination(host: string, insecure: boolean, firstPartyHosts: readonly string[]): Destination {
  if (host === '' || LOCAL_HOSTS.test(host)) return { host: host || undefined, firstParty: true, thirdParty: false, insecure, known: true };
  const first = firstPartyHosts.some((h) => hostMatches(h, host));
  const vendor = first ? undefined : KNOWN_HOSTS.find((k) => hostMatches(k.host, host))?.vendor;
  return { host, vendor, firstParty: first, thirdParty: !first, insecure, known: true };
}

/** `*.example.co.jp` matches the domain and its subdomains; other patterns match exactly (case-insensitive). */
export function hostMatches(pattern: string, host: string): boolean {
  host = host.toLowerCase();
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) return host === p.slice(2) || host.endsWith(p.slice(1));
  return host === p;
}
