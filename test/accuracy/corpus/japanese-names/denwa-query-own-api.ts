export interface Kaiin {
  kaiinBangou: string;
  shimei: string;
}

// Front-desk search box: looks members up by phone number.
export async function searchByDenwa(denwa: string): Promise<Kaiin[]> {
  const res = await fetch(`/api/kaiin/search?denwa=${encodeURIComponent(denwa)}`); // expect: pii-guard/no-unprotected-pii-transmission (phone in the query string)
  if (!res.ok) return [];
  return (await res.json()) as Kaiin[];
}
