/**
 * Browser storage. Anything here survives logout on a shared PC and is readable by any script on
 * the origin, so keep it to UI state.
 */
import type { User } from '../types';

const PROFILE_KEY = 'acme:profile';
const PREFS_KEY = 'acme:prefs';
const SIGNUP_DRAFT_KEY = 'acme:signup-email';

export interface UiPreferences {
  theme: 'light' | 'dark' | 'system';
  density: 'comfortable' | 'compact';
  language: 'ja' | 'en';
}

const DEFAULT_PREFS: UiPreferences = { theme: 'system', density: 'comfortable', language: 'ja' };

/** Lets the header render the account before /api/me answers. */
export function cacheProfile(user: User): void {
  localStorage.setItem(PROFILE_KEY, JSON.stringify(user)); // expect: pii-guard/no-unprotected-pii-export
}

export function readCachedProfile(): User | null {
  const raw = localStorage.getItem(PROFILE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as User;
  } catch {
    localStorage.removeItem(PROFILE_KEY);
    return null;
  }
}

export function savePreferences(prefs: UiPreferences): void {
  localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
}

export function loadPreferences(): UiPreferences {
  const raw = localStorage.getItem(PREFS_KEY);
  return raw ? { ...DEFAULT_PREFS, ...(JSON.parse(raw) as Partial<UiPreferences>) } : DEFAULT_PREFS;
}

/** Keeps the address typed in step 1 across a reload. Base64 so it is "not readable" in devtools. */
export function saveSignupDraft(email: string): void {
  sessionStorage.setItem(SIGNUP_DRAFT_KEY, btoa(email)); // expect: pii-guard/no-unprotected-pii-export
}

export function loadSignupDraft(): string {
  const raw = sessionStorage.getItem(SIGNUP_DRAFT_KEY);
  return raw ? atob(raw) : '';
}

export function clearLocalData(): void {
  localStorage.removeItem(PROFILE_KEY);
  sessionStorage.removeItem(SIGNUP_DRAFT_KEY);
}
