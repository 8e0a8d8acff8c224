export interface AddressInput {
  recipientName: string;
  postalCode: string;
  prefecture: string;
  addressLine1: string;
  addressLine2?: string;
  phone: string;
}

export async function saveAddress(input: AddressInput): Promise<{ id: string }> {
  const res = await fetch('/api/me/addresses', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': readCsrfToken() },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`address save failed: ${res.status}`);
  return res.json();
}

function readCsrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}
