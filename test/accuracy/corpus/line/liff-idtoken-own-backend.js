import liff from '@line/liff';

// Signs the user in to our own back end: the ID token goes in the body of a same-origin POST.
export async function signIn() {
  await liff.init({ liffId: '2001234567-AbCdEfGh' });
  if (!liff.isLoggedIn()) return liff.login({ redirectUri: location.href });
  const res = await fetch('/api/auth/line', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ idToken: liff.getIDToken() }),
    credentials: 'same-origin',
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return res.json();
}
