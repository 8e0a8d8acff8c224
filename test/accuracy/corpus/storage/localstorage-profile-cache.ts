export interface Profile {
  id: string;
  fullName: string;
  email: string;
  phone: string;
  birthDate: string;
}

const KEY = 'profile-cache';

export function cacheProfile(profile: Profile): void {
  window.localStorage.setItem(KEY, JSON.stringify(profile)); // expect: pii-guard/no-unprotected-pii-export
}

export function readCachedProfile(): Profile | null {
  const raw = window.localStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Profile) : null;
}
