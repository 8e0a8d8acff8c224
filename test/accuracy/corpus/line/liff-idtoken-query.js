import liff from '@line/liff';

// Verifies the LINE login with the booking SaaS; the ID token goes into the query string.
export async function verifyWithBookingSaas() {
  await liff.init({ liffId: '2001234567-AbCdEfGh' });
  const idToken = liff.getIDToken();
  const res = await fetch(`https://api.yoyaku-saas.jp/v1/line/verify?id_token=${idToken}`); // expect: pii-guard/no-unprotected-pii-transmission
  if (!res.ok) throw new Error(`verify failed: ${res.status}`);
  return res.json();
}
