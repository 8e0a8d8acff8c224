const form = document.querySelector('form#signup');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const submit = form.querySelector('button[type="submit"]');
  submit.disabled = true;

  const response = await fetch('/api/signup', { method: 'POST', body: data });
  submit.disabled = false;

  if (response.status === 409) {
    form.querySelector('.error').textContent = 'このメールアドレスは既に登録されています';
    return;
  }
  window.location.href = '/signup/complete';
});
