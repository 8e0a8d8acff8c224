import { AnalyticsBrowser } from '@segment/analytics-next';

const analytics = AnalyticsBrowser.load({ writeKey: 'wk_acme_jp' });

export function identifyKaiin(kaiin: { id: string; shimei: string; seinengappi: string; seibetsu: string }): void {
  analytics.identify(kaiin.id, { name: kaiin.shimei, birthday: kaiin.seinengappi, gender: kaiin.seibetsu }); // expect: pii-guard/no-unprotected-pii-transmission
}
