import express from 'express';
import fetch from 'node-fetch';
import { saveOrder } from './orders.js';

const SLACK_WEBHOOK = 'https://hooks.slack.com/services/T0ACME/B0ORDERS/abcdefghijklmnop';

export const orders = express.Router();

orders.post('/', async (req, res) => {
  const order = await saveOrder(req.body);
  const { customer } = req.body;

  await fetch(SLACK_WEBHOOK, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text: `:package: New order #${order.id} from ${customer.fullName} (${customer.phone}), ship to ${customer.address}`,
    }),
  });

  res.status(201).json({ id: order.id });
});
