import winston from 'winston';

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: 'billing' },
  transports: [new winston.transports.Console(), new winston.transports.File({ filename: 'billing.log' })],
});

export function onInvoicePaid(invoice: { id: string; amount: number; customerEmail: string }): void {
  logger.info('invoice paid', { invoiceId: invoice.id, amount: invoice.amount, customerEmail: invoice.customerEmail }); // expect: pii-guard/no-pii-in-logs
}

export function onInvoiceFailed(invoice: { id: string; amount: number }, reason: string): void {
  logger.warn('invoice payment failed', { invoiceId: invoice.id, amount: invoice.amount, reason });
}
