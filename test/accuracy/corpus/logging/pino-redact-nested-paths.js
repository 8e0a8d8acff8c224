import pino from 'pino';

const log = pino({
  redact: {
    paths: ['customer.email', 'customer.phone', 'customer.address', '*.password'],
    remove: true,
  },
});

export function logOrderCreated(order) {
  log.info(
    {
      orderId: order.id,
      customer: { id: order.customer.id, email: order.customer.email, phone: order.customer.phone },
    },
    'order created',
  );
}
