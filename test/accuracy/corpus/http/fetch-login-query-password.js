export async function legacyLogin(loginId, password) {
  const url = `/cgi-bin/login.cgi?id=${encodeURIComponent(loginId)}&pw=${encodeURIComponent(password)}`;
  const res = await fetch(url, { credentials: 'include' }); // expect: pii-guard/no-unprotected-pii-transmission
  return res.ok;
}
