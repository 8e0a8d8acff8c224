import express from 'express';
import fetch from 'node-fetch';
import { saveOrder, countOrdersToday } from './orders.js';

const SLACK_WEBHOOK = 'https://hooks.slack.com/services/T0ACME/B0ORDERS/abcdefghijklmnop';

export const orders = express.Router();

orders.post('/', async (req, res) => {
  const order = await saveOrder(req.body);
  const today = await countOrdersToday();

  // Only a reference and a count go to Slack; staff open the order in the admin UI.
  await fetch(SLACK_WEBHOOK, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text: `:package: Order #${order.id} received (${order.items.length} items). Orders today: ${today}`,
    }),
  });

  res.status(201).json({ id: order.id });
});
