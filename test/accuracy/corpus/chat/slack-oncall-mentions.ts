import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

// Rota of Slack member IDs; the message mentions whoever is on call this week.
const ROTA = ['U02AB3CD4EF', 'U03GH5IJ6KL', 'U04MN7OP8QR'];

export async function announceOncall(week: number): Promise<void> {
  const userId = ROTA[week % ROTA.length];
  await slack.chat.postMessage({ channel: 'C01OPS', text: `今週のオンコール担当は <@${userId}> です。障害対応よろしくお願いします。` });
}
