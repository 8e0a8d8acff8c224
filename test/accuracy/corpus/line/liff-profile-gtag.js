import liff from '@line/liff';

export async function initLiff() {
  await liff.init({ liffId: '2001234567-AbCdEfGh' });
  if (!liff.isLoggedIn()) {
    liff.login();
    return;
  }
  const profile = await liff.getProfile();
  gtag('set', 'user_properties', { line_display_name: profile.displayName }); // expect: pii-guard/no-unprotected-pii-transmission
  gtag('event', 'liff_open', { os: liff.getOS(), in_client: liff.isInClient() });
  document.querySelector('#greeting').textContent = `${profile.displayName} さん、こんにちは`;
}
