export async function trackReferral(referrerEmail) {
  const url = 'https://track.affiliate-partner.net/r?ref=' + encodeURIComponent(referrerEmail) + '&site=acme';
  await fetch(url, { mode: 'no-cors' }); // expect: pii-guard/no-unprotected-pii-transmission
}
