/* global fbq */
export function initPixel(user) {
  fbq('init', '1234567890123456', { // expect: pii-guard/no-unprotected-pii-transmission
    em: user.email,
    ph: user.phone,
    fn: user.firstName,
    ln: user.lastName,
  });
  fbq('track', 'PageView');
}

export function trackLead(value) {
  fbq('track', 'Lead', { value, currency: 'JPY' });
}
