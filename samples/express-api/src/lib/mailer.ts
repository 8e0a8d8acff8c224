/**
 * Outgoing mail through the company SMTP relay (STARTTLS on 587).
 */
import nodemailer from 'nodemailer';
import { logger } from './logger.js';

const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.example.com',
  port: 587,
  secure: false, // STARTTLS: the connection is upgraded, and requireTLS refuses to go on without it
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

const FROM = process.env.MAIL_FROM ?? 'Acme Shop <no-reply@example.com>';
const OPS_MAILBOX = process.env.OPS_MAILBOX ?? 'ops@example.com';
const APP_URL = process.env.APP_URL ?? 'https://shop.example.com';

export interface MailRecipient {
  email: string;
  name: string;
}

/** The reset link goes to the account's own address; the token in it is single-use and expires. */
export async function sendPasswordResetMail(user: MailRecipient, token: string): Promise<void> {
  const link = `${APP_URL}/reset-password?token=${token}`;
  await transporter.sendMail({
    from: FROM,
    to: user.email,
    subject: 'Reset your Acme Shop password',
    text: [
      `Hi ${user.name},`,
      '',
      'Someone (hopefully you) asked to reset your password. This link is valid for 30 minutes:',
      link,
      '',
      'If it was not you, you can ignore this message; your password stays the same.',
    ].join('\n'),
  });
}

export interface LargeOrderSummary {
  id: string;
  totalJpy: number;
}

export interface CustomerContact {
  name: string;
  email: string;
  phone: string | null;
}

export interface ShippingAddress {
  postalCode: string;
  prefecture: string;
  city: string;
  line1: string;
}

/**
 * Orders above the fraud threshold are phoned through by the ops team before shipping, so they get
 * everything they need in one mail.
 */
export async function notifyOpsOfLargeOrder(
  order: LargeOrderSummary,
  customer: CustomerContact,
  address: ShippingAddress,
): Promise<void> {
  await transporter.sendMail({ // expect: pii-guard/no-unprotected-pii-transmission
    from: FROM,
    to: OPS_MAILBOX,
    subject: `[large order] ${order.id} ¥${order.totalJpy.toLocaleString('ja-JP')}`,
    text: [
      `Customer: ${customer.name} <${customer.email}>`,
      `Phone: ${customer.phone ?? '-'}`,
      `Ship to: 〒${address.postalCode} ${address.prefecture}${address.city}${address.line1}`,
      '',
      'Please call the customer to confirm the order before it ships.',
    ].join('\n'),
  });
  logger.info({ orderId: order.id }, 'ops notified of large order');
}
