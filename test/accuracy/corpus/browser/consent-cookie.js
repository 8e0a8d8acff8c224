const CONSENT_COOKIE = 'cookie_consent';
const maxAge = 60 * 60 * 24 * 365;

function setConsent(value) {
  document.cookie = `${CONSENT_COOKIE}=${value}; path=/; max-age=${maxAge}; samesite=lax; secure`;
  document.documentElement.classList.toggle('consent-given', value === 'granted');
}

document.querySelector('#consent-accept')?.addEventListener('click', () => {
  setConsent('granted');
  window.gtag?.('consent', 'update', { analytics_storage: 'granted', ad_storage: 'denied' });
});

document.querySelector('#consent-reject')?.addEventListener('click', () => setConsent('denied'));
