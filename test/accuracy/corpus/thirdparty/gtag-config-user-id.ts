declare function gtag(...args: unknown[]): void;

export function initAnalytics(userId: string | null): void {
  gtag('js', new Date());
  gtag('config', 'G-ACME12345', {
    user_id: userId ?? undefined,
    send_page_view: true,
    cookie_flags: 'SameSite=None;Secure',
  });
}

export function trackLogin(method: 'password' | 'google' | 'line'): void {
  gtag('event', 'login', { method });
}
