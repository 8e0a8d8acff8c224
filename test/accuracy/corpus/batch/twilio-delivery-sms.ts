import twilio from 'twilio';
import { shipmentsDueToday } from './shipping.js';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function notifyDeliveries(): Promise<void> {
  for (const s of await shipmentsDueToday()) {
    // SMS to the recipient themself about their own parcel.
    await client.messages.create({
      from: '+815012345678',
      to: s.recipientPhone,
      body: `本日お荷物をお届けします。追跡番号: ${s.trackingNo}`,
    });
  }
}
