const APP_ORIGIN = 'https://app.acme.co.jp';

(function () {
  const params = new URLSearchParams(location.hash.slice(1));
  const accessToken = params.get('access_token');

  if (window.opener && accessToken) {
    // Delivered only to our own origin.
    window.opener.postMessage({ type: 'oauth-result', accessToken }, APP_ORIGIN);
  }
  window.close();
})();

window.addEventListener('message', (event) => {
  if (event.origin !== APP_ORIGIN) return;
  if (event.data?.type === 'ping') event.source?.postMessage({ type: 'pong' }, { targetOrigin: event.origin });
});
