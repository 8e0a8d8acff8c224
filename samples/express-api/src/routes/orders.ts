import { Router } from 'express';
import { z } from 'zod';
import { requireAuth, type AuthedRequest } from '../lib/http.js';
import { logger } from '../lib/logger.js';
import * as orders from '../services/order.service.js';

const PlaceOrderBody = z.object({
  items: z
    .array(z.object({ sku: z.string().min(1), quantity: z.number().int().min(1).max(99) }))
    .min(1)
    .max(50),
  shippingAddressId: z.string().uuid(),
  paymentMethodId: z.string().startsWith('pm_'),
});

const ListQuery = z.object({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  pageToken: z.string().optional(),
});

export const ordersRouter = Router();
ordersRouter.use(requireAuth);

ordersRouter.post('/', async (req, res) => {
  const { auth } = req as AuthedRequest;
  const input = PlaceOrderBody.parse(req.body);
  const result = await orders.placeOrder(auth.userId, input);
  res.status(201).json(result);
});

ordersRouter.get('/', async (req, res) => {
  const { auth } = req as AuthedRequest;
  const { pageSize, pageToken } = ListQuery.parse(req.query);
  logger.debug({ userId: auth.userId, pageSize, pageToken }, 'listing orders');
  res.json(await orders.listOrders(auth.userId, pageSize, pageToken));
});

ordersRouter.get('/:id', async (req, res) => {
  const { auth } = req as AuthedRequest;
  res.json(await orders.getOrder(auth.userId, req.params.id));
});
