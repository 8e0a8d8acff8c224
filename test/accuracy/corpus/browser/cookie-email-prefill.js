// Newsletter widget: remembers the visitor's address between visits.
const form = document.querySelector('#newsletter-form');
const input = form.querySelector('input[name="email"]');

function readCookie(name) {
  const match = document.cookie.match(new RegExp(`(?:^|; )${name}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : null;
}

input.value = readCookie('nl_email') ?? '';

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const email = input.value.trim();
  document.cookie = `nl_email=${encodeURIComponent(email)}; path=/; max-age=${60 * 60 * 24 * 180}`; // expect: pii-guard/no-unprotected-pii-export

  await fetch('/api/newsletter', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  form.classList.add('is-done');
});
