import { IncomingWebhook } from '@slack/webhook';
import { membersJoinedSince } from './members.js';

const webhook = new IncomingWebhook('https://hooks.slack.com/services/T0ACME/B0GROWTH/xyzxyzxyzxyz');

export async function postDailyMembers(): Promise<void> {
  const since = new Date(Date.now() - 24 * 3600 * 1000);
  const members = await membersJoinedSince(since);
  const lines = members.map((m) => `• ${m.fullName} <${m.email}> — ${m.prefecture}`);

  await webhook.send({ // expect: pii-guard/no-unprotected-pii-transmission
    text: `New members in the last 24h: ${members.length}\n${lines.join('\n')}`,
  });
}
