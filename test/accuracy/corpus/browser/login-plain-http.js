// Legacy intranet app; the auth server has no certificate yet.
const AUTH_URL = 'http://auth.intra.acme.local/api/login';

async function signIn(loginId, password) {
  const res = await fetch(AUTH_URL, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ loginId, password }),
  });
  if (!res.ok) throw new Error('sign-in failed');
  return res.json();
}

document.querySelector('#signin').addEventListener('submit', (e) => {
  e.preventDefault();
  const f = e.currentTarget;
  signIn(f.loginId.value, f.password.value).then(() => location.assign('/portal'));
});
