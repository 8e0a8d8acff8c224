const loginForm = document.getElementById('login');

loginForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const email = loginForm.email.value;
  const password = loginForm.password.value;

  const res = await fetch('/api/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

  if (res.ok) {
    location.replace(new URLSearchParams(location.search).get('next') ?? '/');
  } else {
    loginForm.querySelector('.error').hidden = false;
    loginForm.password.value = '';
  }
});
