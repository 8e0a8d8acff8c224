import { WebClient } from '@slack/web-api';
import { stringify } from 'csv-stringify/sync';
import { listParticipants } from './events.js';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function shareParticipantList(eventId: string): Promise<void> {
  const participants = await listParticipants(eventId);
  const csv = stringify(
    participants.map((p) => ({ 氏名: p.shimei, フリガナ: p.furigana, 電話番号: p.denwa, メール: p.email })),
    { header: true },
  );
  await slack.files.uploadV2({ // expect: pii-guard/no-unprotected-pii-transmission (CSV to a chat SaaS)
    channel_id: 'C06EVENTOPS',
    filename: `participants_${eventId}.csv`,
    content: csv,
    initial_comment: `参加者リスト (${participants.length}名)`,
  });
}
