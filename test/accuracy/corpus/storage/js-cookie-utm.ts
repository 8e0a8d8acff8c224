import Cookies from 'js-cookie';

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

export function captureUtm(search: string = location.search): void {
  const params = new URLSearchParams(search);
  for (const key of UTM_KEYS) {
    const value = params.get(key);
    if (value) Cookies.set(key, value, { expires: 30, sameSite: 'lax' });
  }
}

export function readUtm(): Partial<Record<(typeof UTM_KEYS)[number], string>> {
  return Object.fromEntries(UTM_KEYS.map((k) => [k, Cookies.get(k)]).filter(([, v]) => v));
}
