import { AnalyticsBrowser } from '@segment/analytics-next';

const analytics = AnalyticsBrowser.load({ writeKey: 'wk_acme_prod' });

export function trackLocaleChosen(locale: string, country: string, currency: string): void {
  analytics.track('Locale Chosen', { locale, country, currency, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone });
}
