import { WebClient } from '@slack/web-api';
import { countSignups } from './stats.js';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function postDailySignups(date: string): Promise<void> {
  const { total, byPlan, cancelled } = await countSignups(date);
  const lines = Object.entries(byPlan).map(([plan, n]) => `• ${plan}: ${n}件`);
  await slack.chat.postMessage({
    channel: 'C05GROWTH',
    text: `${date} の新規会員登録: ${total}名 (解約 ${cancelled}件)\n${lines.join('\n')}`,
  });
}
