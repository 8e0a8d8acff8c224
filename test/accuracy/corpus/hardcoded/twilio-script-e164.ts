import twilio from 'twilio';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

// One-off script to resend a notice to a customer who called support.
async function main(): Promise<void> {
  const message = await client.messages.create({
    from: '+815012345678',
    to: '+818062715593', // expect: pii-guard/no-hardcoded-pii
    body: 'ご注文の発送が完了しました。',
  });
  console.log(`sent ${message.sid}`);
}

main();
