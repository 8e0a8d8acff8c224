async function login(email, password) {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) {
    throw new Error('ログインに失敗しました');
  }
  const { user } = await res.json();
  localStorage.setItem('currentUser', JSON.stringify(user)); // expect: pii-guard/no-unprotected-pii-export
  return user;
}

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const { email, password } = event.target.elements;
  try {
    await login(email.value, password.value);
    location.assign('/mypage');
  } catch (err) {
    document.getElementById('login-error').textContent = err.message;
  }
});
