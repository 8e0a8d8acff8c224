// OAuth popup: hands the result back to the window that opened it.
(function () {
  const params = new URLSearchParams(location.hash.slice(1));
  const accessToken = params.get('access_token');
  const error = params.get('error');

  if (window.opener) {
    window.opener.postMessage({ type: 'oauth-result', accessToken, error }, '*'); // expect: pii-guard/no-unprotected-pii-transmission
    window.close();
  } else {
    document.body.textContent = error ? `認証に失敗しました (${error})` : '認証が完了しました。このウィンドウを閉じてください。';
  }
})();
