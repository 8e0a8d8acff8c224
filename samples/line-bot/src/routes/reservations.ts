/**
 * LIFF 予約フォームの送信先。
 * ID トークンを LINE の検証エンドポイントで確認し、その sub(userId)で予約を登録する。
 * フォームの userId をそのまま信用しないこと(なりすまし防止)。
 */
import { Router } from 'express';
import { client, text } from '../line.js';
import { config } from '../config.js';
import { insertReservation } from '../db.js';
import { logger } from '../logger.js';

export const reservationsRouter = Router();

const TEL_PATTERN = /^0\d{9,10}$/;

interface VerifiedIdToken {
  /** LINE の userId */
  sub: string;
}

/** https://developers.line.biz/ja/reference/line-login/#verify-id-token */
async function verifyIdToken(idToken: string): Promise<VerifiedIdToken | null> {
  const res = await fetch('https://api.line.me/oauth2/v2.1/verify', {
    method: 'POST',
    body: new URLSearchParams({ id_token: idToken, client_id: config.loginChannelId }),
  });
  return res.ok ? ((await res.json()) as VerifiedIdToken) : null;
}

reservationsRouter.post('/', async (req, res) => {
  const idToken = req.get('authorization')?.replace(/^Bearer /, '') ?? '';
  const verified = await verifyIdToken(idToken);
  if (!verified) {
    res.status(401).json({ message: 'LINE の認証に失敗しました。LIFF を開き直してください。' });
    return;
  }

  const { name, tel, store, date, time, course, people } = req.body as Record<string, string>;
  const normalizedTel = String(tel ?? '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
  if (!name || !TEL_PATTERN.test(normalizedTel)) {
    res.status(400).json({ message: '電話番号の形式が正しくありません' });
    return;
  }

  const reservation = await insertReservation({
    line_user_id: verified.sub,
    name,
    tel: normalizedTel,
    store,
    date,
    time,
    course,
    people: Number(people),
  });

  // ご本人への予約確認(LIFF から送信されたので replyToken はない。本人の userId に push する)
  await client.pushMessage({
    to: verified.sub,
    messages: [
      text(`${reservation.name} 様\nご予約を承りました。\n\n${reservation.store}\n${reservation.date} ${reservation.time}\n${reservation.course}(${reservation.people}名)\n予約番号 ${reservation.id}`),
    ],
  });

  // 店舗スタッフのグループトークに新規予約を流す
  await client.pushMessage({ // expect: pii-guard/no-unprotected-pii-transmission
    to: config.staffGroupId,
    messages: [
      text(`【新規予約】${reservation.store} ${reservation.date} ${reservation.time}\n${reservation.name} 様(${reservation.tel})\n${reservation.course} ${reservation.people}名`),
    ],
  });

  logger.info({ reservationId: reservation.id, userId: verified.sub }, 'reservation created');
  res.status(201).json({ id: reservation.id });
});
