/**
 * Webhook イベントの振り分け。
 * リッチメニュー: 「予約する」→ LIFF を開く(URI アクション)、「予約の確認」「キャンセル」→ ポストバック。
 */
import type { webhook } from '@line/bot-sdk';
import { client, text } from '../line.js';
import { logger } from '../logger.js';
import { cancelReservation, upcomingReservations } from '../db.js';
import { config } from '../config.js';

export async function handleEvent(event: webhook.Event): Promise<void> {
  // 誰のイベントかは userId で追えれば十分(表示名やメッセージ本文は出さない)
  logger.info({ type: event.type, userId: event.source?.userId }, 'event');

  switch (event.type) {
    case 'follow':
      return handleFollow(event);
    case 'postback':
      return handlePostback(event);
    case 'join':
      // スタッフグループにボットを招待したとき。groupId を設定に入れるため
      logger.info({ groupId: event.source?.type === 'group' ? event.source.groupId : undefined }, 'joined a group');
      return;
    default:
      return;
  }
}

async function handleFollow(event: webhook.FollowEvent): Promise<void> {
  const userId = event.source?.userId;
  if (!userId) return;
  const profile = await client.getProfile(userId);
  logger.info(`友だち追加: ${profile.displayName}`); // expect: pii-guard/no-pii-in-logs
  await client.replyMessage({
    replyToken: event.replyToken,
    messages: [
      text(`${profile.displayName}さん、友だち追加ありがとうございます！\nレッスンのご予約は、下のメニューの「予約する」からどうぞ。`),
    ],
  });
}

async function handlePostback(event: webhook.PostbackEvent): Promise<void> {
  const userId = event.source?.userId;
  if (!userId || !event.replyToken) return;
  const params = new URLSearchParams(event.postback.data);

  if (params.get('action') === 'list') {
    const list = await upcomingReservations(userId);
    const body =
      list.length === 0
        ? '現在ご予約はありません。'
        : [`${list[0]!.name} 様のご予約`, ...list.map((r) => `・${r.date} ${r.time} ${r.store} ${r.course}(${r.people}名) 予約番号 ${r.id}`)].join('\n');
    await client.replyMessage({ replyToken: event.replyToken, messages: [text(body)] });
    return;
  }

  if (params.get('action') === 'cancel') {
    const cancelled = await cancelReservation(Number(params.get('id')), userId);
    await client.replyMessage({
      replyToken: event.replyToken,
      messages: [text(cancelled ? `${cancelled.date} ${cancelled.time} のご予約をキャンセルしました。` : 'キャンセルできるご予約が見つかりませんでした。')],
    });
    if (cancelled) {
      // スタッフには予約番号と枠だけ知らせる(お客様の情報は管理画面で確認する)
      await client.pushMessage({
        to: config.staffGroupId,
        messages: [text(`【キャンセル】予約番号 ${cancelled.id}(${cancelled.store} ${cancelled.date} ${cancelled.time}、${cancelled.people}名)`)],
      });
      logger.info({ reservationId: cancelled.id, userId }, 'reservation cancelled');
    }
  }
}
