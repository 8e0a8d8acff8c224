type Prefs = {
  sidebarCollapsed: boolean;
  pageSize: 20 | 50 | 100;
  language: 'ja' | 'en';
  lastVisitedTab: string;
};

const PREFS_KEY = 'ui-prefs';
const defaults: Prefs = { sidebarCollapsed: false, pageSize: 20, language: 'ja', lastVisitedTab: 'overview' };

export function loadPrefs(): Prefs {
  try {
    return { ...defaults, ...JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') };
  } catch {
    return defaults;
  }
}

export function savePrefs(patch: Partial<Prefs>): Prefs {
  const next = { ...loadPrefs(), ...patch };
  localStorage.setItem(PREFS_KEY, JSON.stringify(next));
  return next;
}
