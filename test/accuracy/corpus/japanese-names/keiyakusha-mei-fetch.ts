interface Keiyaku {
  証券番号: string;
  契約者名: string;
  契約者住所: string;
  保険料: number;
}

export async function sendToReinsurer(k: Keiyaku): Promise<void> {
  await fetch('https://api.reinsure-partner.com/v1/policies', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.REINSURER_TOKEN}` },
    body: JSON.stringify({ policyNo: k.証券番号, holder: k.契約者名, address: k.契約者住所, premium: k.保険料 }),
  });
}
