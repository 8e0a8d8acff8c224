import Cookies from 'js-cookie';

export type Theme = 'light' | 'dark' | 'system';
const ONE_YEAR_DAYS = 365;

export function saveTheme(theme: Theme): void {
  Cookies.set('theme', theme, { expires: ONE_YEAR_DAYS, sameSite: 'lax', secure: location.protocol === 'https:' });
  document.documentElement.dataset.theme = theme;
}

export function saveLocale(locale: 'ja' | 'en'): void {
  const maxAge = ONE_YEAR_DAYS * 24 * 60 * 60;
  document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=${maxAge}; samesite=lax`;
}

export function loadTheme(): Theme {
  return (Cookies.get('theme') as Theme | undefined) ?? 'system';
}
