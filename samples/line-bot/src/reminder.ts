/**
 * 前日18時のリマインド。ご本人に予約内容を push し、スタッフグループには件数だけを送る。
 */
import cron from 'node-cron';
import { client, text } from './line.js';
import { config } from './config.js';
import { reservationsOn } from './db.js';
import { logger } from './logger.js';

function tomorrowJst(): string {
  const d = new Date(Date.now() + 9 * 60 * 60 * 1000 + 24 * 60 * 60 * 1000);
  return d.toISOString().slice(0, 10);
}

export async function sendReminders(): Promise<void> {
  const date = tomorrowJst();
  const reservations = await reservationsOn(date);

  for (const r of reservations) {
    await client.pushMessage({
      to: r.line_user_id,
      messages: [text(`${r.name} 様\n明日 ${r.time} から ${r.store} で「${r.course}」のご予約があります。\nご来店をお待ちしております。`)],
    });
  }

  const stores = new Map<string, number>();
  for (const r of reservations) stores.set(r.store, (stores.get(r.store) ?? 0) + 1);
  const summary = [...stores].map(([store, count]) => `${store}: ${count}件`).join('\n');
  await client.pushMessage({
    to: config.staffGroupId,
    messages: [text(`明日(${date})の予約は ${reservations.length}件です。\n${summary}\n詳細は管理画面で確認してください。`)],
  });
  logger.info({ date, count: reservations.length }, 'reminders sent');
}

export function scheduleReminders(): void {
  cron.schedule('0 18 * * *', () => {
    sendReminders().catch((err: unknown) => logger.error({ err }, 'reminder failed'));
  }, { timezone: 'Asia/Tokyo' });
}
