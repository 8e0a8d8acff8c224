import axios from 'axios';

interface Member {
  id: string;
  email: string;
  fullName: string;
}

const crm = axios.create({ baseURL: 'https://api.crm-cloud.jp/v1' });

export async function pushMember(member: Member): Promise<void> {
  await crm.post('/members', member).catch((err: Error) => console.error(`push failed for ${member.email}: ${err.message}`)); // expect: pii-guard/no-unprotected-pii-transmission, pii-guard/no-pii-in-logs
}
