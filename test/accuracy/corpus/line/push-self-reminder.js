const line = require('@line/bot-sdk');
const { bookingsForTomorrow } = require('./bookings');

const client = new line.Client({ channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN });

// Reminder pushed to each customer's own LINE account about their own booking.
async function sendReminders() {
  const bookings = await bookingsForTomorrow();
  for (const b of bookings) {
    await client.pushMessage(b.lineUserId, {
      type: 'text',
      text: `${b.shimei}様\n明日 ${b.time} のご予約をお待ちしております。\n変更はこのトークでお知らせください。`,
    });
  }
  console.log(`reminders sent: ${bookings.length}件`);
}

module.exports = { sendReminders };
