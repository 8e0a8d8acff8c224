import { App } from '@slack/bolt';
import { findMember } from './members.js';

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

// /kaiin 12345 — posts the member's contact details into the channel.
app.command('/kaiin', async ({ command, ack, say }) => {
  await ack();
  const m = await findMember(command.text.trim());
  if (!m) {
    await say(`会員番号 ${command.text} は見つかりません`);
    return;
  }
  await say(`${m.kaiinBangou}: ${m.shimei} / ${m.denwaBangou} / ${m.meruAdoresu}`); // expect: pii-guard/no-unprotected-pii-transmission
});

export default app;
