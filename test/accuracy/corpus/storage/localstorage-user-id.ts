const LAST_USER_KEY = 'lastUserId';
const RECENT_KEY = 'recentlyViewed';

export function rememberUser(userId: string): void {
  localStorage.setItem(LAST_USER_KEY, userId);
}

export function pushRecentlyViewed(productId: string): void {
  const list: string[] = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
  const next = [productId, ...list.filter((id) => id !== productId)].slice(0, 12);
  localStorage.setItem(RECENT_KEY, JSON.stringify(next));
}
