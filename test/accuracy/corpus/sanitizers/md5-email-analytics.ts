import { createHash } from 'node:crypto';
import Mixpanel from 'mixpanel';

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? '');

export function trackLogin(email: string): void {
  // An unsalted MD5 of an address can be reversed by hashing candidate addresses.
  const hashedEmail = createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  mixpanel.track('Login', { distinct_id: hashedEmail }); // expect: pii-guard/no-unprotected-pii-transmission
}
