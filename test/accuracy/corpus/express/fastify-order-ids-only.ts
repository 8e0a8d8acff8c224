import Fastify, { FastifyInstance } from 'fastify';
import { z } from 'zod';

const OrderSchema = z.object({
  customerId: z.string().uuid(),
  email: z.string().email(),
  items: z.array(z.object({ sku: z.string(), qty: z.number().int().positive() })),
});

export function buildApp(): FastifyInstance {
  const app = Fastify({ logger: { level: 'info' } });

  app.post('/orders', async (request, reply) => {
    const body = OrderSchema.parse(request.body);
    const order = await app.db.order.create({
      data: { customerId: body.customerId, contactEmail: body.email, items: { create: body.items } },
    });

    request.log.info({ orderId: order.id, customerId: body.customerId, lines: body.items.length }, 'order stored');
    return reply.code(201).send({ id: order.id });
  });

  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error.message, route: request.routeOptions.url }, 'request failed');
    reply.code(500).send({ error: 'INTERNAL' });
  });

  return app;
}
