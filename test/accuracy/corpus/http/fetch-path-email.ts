export async function isEmailTaken(email: string): Promise<boolean> {
  const res = await fetch(`/api/accounts/exists/${encodeURIComponent(email)}`); // expect: pii-guard/no-unprotected-pii-transmission
  if (!res.ok) return false;
  const { exists } = (await res.json()) as { exists: boolean };
  return exists;
}

export async function isHandleTaken(handle: string): Promise<boolean> {
  const res = await fetch(`/api/accounts/handles/${encodeURIComponent(handle)}`);
  return res.ok && ((await res.json()) as { exists: boolean }).exists;
}
