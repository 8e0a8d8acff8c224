interface Lead {
  fullName: string;
  email: string;
  phone: string;
  message: string;
}

const ZAPIER_HOOK = 'https://hooks.zapier.com/hooks/catch/1234567/abcdef/';

export async function forwardLead(lead: Lead): Promise<void> {
  const res = await fetch(ZAPIER_HOOK, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(lead),
  });
  if (!res.ok) {
    throw new Error(`Zapier hook returned ${res.status}`);
  }
}
