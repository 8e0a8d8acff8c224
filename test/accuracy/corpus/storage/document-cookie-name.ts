export function greetOnNextVisit(user: { firstName: string; lastName: string }): void {
  const value = encodeURIComponent(`${user.lastName} ${user.firstName}`);
  document.cookie = `display_name=${value}; path=/; max-age=2592000; samesite=lax`; // expect: pii-guard/no-unprotected-pii-export
}

export function readDisplayName(): string | null {
  const m = document.cookie.match(/(?:^|;\s*)display_name=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : null;
}
