interface Referral {
  patientName: string;
  birthDate: string;
  diagnosis: string;
  referringDoctor: string;
}

export async function sendReferral(referral: Referral): Promise<void> {
  await fetch('http://clinic-gateway.kenko-net.jp/referrals', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(referral),
  });
}
