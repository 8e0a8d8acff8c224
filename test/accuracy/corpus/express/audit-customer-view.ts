import { Router, type Request } from 'express';
import { createLogger, format, transports } from 'winston';
import { CustomerRepository } from '../repositories/customer.js';

const audit = createLogger({
  format: format.combine(format.timestamp(), format.json()),
  transports: [new transports.File({ filename: 'logs/audit.log' })],
});

const repo = new CustomerRepository();
export const customers = Router();

customers.get('/:id', async (req: Request<{ id: string }>, res) => {
  const customer = await repo.findById(req.params.id);
  if (!customer) return res.sendStatus(404);

  // SM-LOG: record who looked at which record, by reference.
  audit.info('customer.viewed', {
    actorId: req.user.id,
    customerId: customer.id,
    fields: ['fullName', 'email', 'phone'],
    at: new Date().toISOString(),
  });

  res.json(customer);
});
