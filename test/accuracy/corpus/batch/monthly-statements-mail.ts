import nodemailer from 'nodemailer';
import { listStatementsForMonth } from './billing.js';

const transport = nodemailer.createTransport({ host: 'smtp.acme.co.jp', port: 587, requireTLS: true });

export async function sendStatements(month: string): Promise<void> {
  const statements = await listStatementsForMonth(month);
  for (const s of statements) {
    // Each customer receives only their own statement.
    await transport.sendMail({
      from: 'billing@acme.co.jp',
      to: s.customer.email,
      subject: `${month} ご利用明細`,
      text: `${s.customer.fullName} 様\n\n${month}のご利用金額は ${s.total.toLocaleString('ja-JP')} 円です。`,
    });
  }
  console.log(`sent ${statements.length} statements for ${month}`);
}
