import liff from '@line/liff';

// LIFF booking form: remembers what the user typed for next time, in plain localStorage.
export function setupForm(form) {
  const saved = JSON.parse(localStorage.getItem('yoyaku-form') || '{}');
  form.shimei.value = saved.shimei || '';
  form.denwa.value = saved.denwa || '';

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    localStorage.setItem('yoyaku-form', JSON.stringify({ shimei: form.shimei.value, denwa: form.denwa.value })); // expect: pii-guard/no-unprotected-pii-export
    await fetch('/api/reservations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ shimei: form.shimei.value, denwa: form.denwa.value, idToken: liff.getIDToken() }),
    });
    liff.closeWindow();
  });
}
