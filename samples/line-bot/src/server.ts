/**
 * キッチンスタジオ彩 LINE公式アカウントのボット(Cloud Run)。
 * - POST /webhook           Messaging API の Webhook(友だち追加、リッチメニューのポストバック)
 * - POST /api/reservations  LIFF 予約フォームからの予約登録
 * - /liff/                  LIFF のフロントエンド(vite でビルドした静的ファイル)
 */
import express from 'express';
import { middleware, type webhook } from '@line/bot-sdk';
import { config } from './config.js';
import { logger } from './logger.js';
import { handleEvent } from './handlers/events.js';
import { reservationsRouter } from './routes/reservations.js';
import { scheduleReminders } from './reminder.js';

const app = express();

// middleware() が署名を検証して req.body にパース済みの JSON を入れる(express.json() より前に置く)
app.post('/webhook', middleware({ channelSecret: config.channelSecret }), (req, res) => {
  logger.info({ body: req.body }, 'webhook received'); // expect: pii-guard/no-pii-in-logs
  // LINE プラットフォームには先に 200 を返し、処理は後で行う(再送を防ぐため)
  res.sendStatus(200);
  const { events } = req.body as webhook.CallbackRequest;
  for (const event of events) {
    handleEvent(event).catch((err: unknown) => {
      logger.error({ err, webhookEventId: event.webhookEventId, type: event.type }, 'event handling failed');
    });
  }
});

app.use('/api/reservations', express.json({ limit: '16kb' }), reservationsRouter);
app.use('/liff', express.static('liff/dist'));

app.listen(config.port, () => {
  logger.info({ port: config.port }, 'listening');
  scheduleReminders();
});
