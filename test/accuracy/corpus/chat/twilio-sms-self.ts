import twilio from 'twilio';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

interface Yoyaku {
  okyakusamaMei: string;
  keitaiBangou: string;
  nichiji: string;
  tenpoMei: string;
}

// SMS to the customer themself about their own booking.
export async function remind(y: Yoyaku): Promise<void> {
  await client.messages.create({
    from: '+815031234567',
    to: y.keitaiBangou,
    body: `${y.okyakusamaMei}様 ${y.nichiji} ${y.tenpoMei}でのご予約をお待ちしております。`,
  });
}
