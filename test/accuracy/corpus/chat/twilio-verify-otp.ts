import twilio from 'twilio';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const VERIFY_SID = process.env.TWILIO_VERIFY_SID ?? '';

// One-time code to the member's own phone.
export async function sendCode(member: { id: string; keitaiBangou: string }): Promise<string> {
  const v = await client.verify.v2.services(VERIFY_SID).verifications.create({ to: member.keitaiBangou, channel: 'sms', locale: 'ja' });
  console.log('verification started', { memberId: member.id, status: v.status });
  return v.sid;
}
