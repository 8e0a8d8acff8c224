import Fastify from 'fastify';
import { createOrder } from './orders.js';

const app = Fastify({ logger: true });

interface OrderBody {
  items: Array<{ sku: string; qty: number }>;
  shippingAddress: string;
  phone: string;
  recipientName: string;
}

app.post<{ Body: OrderBody }>('/orders', async (request, reply) => {
  const { items, shippingAddress, phone, recipientName } = request.body;
  request.log.info({ shippingAddress, phone, recipientName }, 'creating order'); // expect: pii-guard/no-pii-in-logs

  const order = await createOrder({ items, shippingAddress, phone, recipientName });
  request.log.info({ orderId: order.id, itemCount: items.length }, 'order created');
  return reply.code(201).send({ id: order.id });
});

await app.listen({ port: 8080 });
