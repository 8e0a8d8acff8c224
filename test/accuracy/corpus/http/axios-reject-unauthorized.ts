import https from 'node:https';
import axios from 'axios';

// The partner's staging certificate is self-signed.
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

export async function sendMemberToPartner(member: { id: string; fullName: string; email: string; phone: string }) {
  await axios.post( // expect: pii-guard/no-unprotected-pii-transmission
    'https://staging.partner-points.jp/api/members',
    { externalId: member.id, name: member.fullName, email: member.email, tel: member.phone },
    { httpsAgent: insecureAgent },
  );
}
