const HISTORY_KEY = 'search-history';

export function addSearch(term: string): string[] {
  const history: string[] = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
  const next = [term, ...history.filter((t) => t !== term)].slice(0, 10);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
  return next;
}

export function clearSearches(): void {
  localStorage.removeItem(HISTORY_KEY);
}
