import createDebug from 'debug';
import type { Transporter } from 'nodemailer';

const debug = createDebug('app:mail');

export async function sendReceipt(transport: Transporter, email: string, orderId: string): Promise<void> {
  debug('sending receipt for order %s to %s', orderId, email); // expect: pii-guard/no-pii-in-logs
  const info = await transport.sendMail({ from: 'shop@acme.co.jp', to: email, subject: 'Receipt', text: `Order ${orderId}` });
  debug('receipt accepted: %s', info.messageId);
}
