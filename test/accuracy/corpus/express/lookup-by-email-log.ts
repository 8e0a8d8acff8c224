import express from 'express';
import pino from 'pino';
import { findCustomerByEmail } from '../customers.js';

const log = pino();
export const lookup = express.Router();

lookup.get('/customers/lookup', async (req, res) => {
  const email = String(req.query.email ?? '');
  log.info({ email }, 'customer lookup'); // expect: pii-guard/no-pii-in-logs

  const customer = await findCustomerByEmail(email);
  if (!customer) {
    log.info({ found: false }, 'customer lookup miss');
    return res.status(404).end();
  }
  log.info({ customerId: customer.id }, 'customer lookup hit');
  res.json({ id: customer.id, status: customer.status });
});
