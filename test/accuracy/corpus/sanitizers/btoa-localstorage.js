export function saveLoginForm(email, password) {
  // "Obfuscated" so it does not look like plain text in DevTools.
  localStorage.setItem('saved_login', btoa(`${email}:${password}`)); // expect: pii-guard/no-unprotected-pii-export
}

export function loadLoginForm() {
  const raw = localStorage.getItem('saved_login');
  if (!raw) return null;
  const [email, password] = atob(raw).split(':');
  return { email, password };
}
