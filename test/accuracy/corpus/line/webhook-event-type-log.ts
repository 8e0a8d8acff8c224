import express from 'express';
import { middleware, type WebhookRequestBody } from '@line/bot-sdk';

const app = express();

app.post('/webhook', middleware({ channelSecret: process.env.LINE_CHANNEL_SECRET ?? '' }), (req, res) => {
  const body = req.body as WebhookRequestBody;
  for (const ev of body.events) {
    console.log('line event', { id: ev.webhookEventId, type: ev.type, source: ev.source.type, redelivery: ev.deliveryContext.isRedelivery });
  }
  res.sendStatus(200);
});

app.listen(3000);
