import twilio from 'twilio';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

interface Patient {
  shimei: string;
  denwa: string;
  shoujou: string;
}

// Night-time callback request: the on-call nurse gets the patient's details by SMS.
export async function pageOncallNurse(nurse: { keitai: string }, p: Patient): Promise<void> {
  await client.messages.create({ // expect: pii-guard/no-unprotected-pii-transmission
    from: '+815031234567',
    to: nurse.keitai,
    body: `[夜間コールバック] ${p.shimei} 様 ${p.denwa} 症状: ${p.shoujou}`,
  });
}
