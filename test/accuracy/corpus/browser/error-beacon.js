const ERROR_ENDPOINT = '/api/client-errors';
let sent = 0;

window.onerror = function (message, source, lineno, colno, error) {
  if (sent++ > 10) return false;
  const report = {
    message: String(message).slice(0, 500),
    source,
    lineno,
    colno,
    stack: error && error.stack ? error.stack.slice(0, 2000) : null,
    page: location.pathname,
    userAgent: navigator.userAgent,
  };
  navigator.sendBeacon(ERROR_ENDPOINT, JSON.stringify(report));
  return false;
};
