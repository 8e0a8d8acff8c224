/**
 * Orders: placing, charging, confirming, and telling the systems around us (CRM, ads, ops).
 */
import { createHash } from 'node:crypto';
import axios from 'axios';
import { prisma } from '../lib/db.js';
import { BadRequestError, NotFoundError } from '../lib/http.js';
import { logger } from '../lib/logger.js';
import { notifyOpsOfLargeOrder } from '../lib/mailer.js';

/** Orders at or above this amount are checked by phone before shipping. */
const LARGE_ORDER_JPY = 300_000;

// The sales team's CRM: every confirmed order becomes a deal there.
const crm = axios.create({
  baseURL: 'https://api.salesbridge-crm.com/v2',
  timeout: 5_000,
  headers: { Authorization: `Bearer ${process.env.CRM_API_KEY ?? ''}` },
});

// Payment service provider. Card numbers never reach us: the browser tokenises the card.
const psp = axios.create({
  baseURL: 'https://api.paygate.example.com/v1',
  timeout: 10_000,
  headers: { 'X-Api-Key': process.env.PSP_API_KEY ?? '' },
});

export interface OrderLineInput {
  sku: string;
  quantity: number;
}

export interface PlaceOrderInput {
  items: OrderLineInput[];
  shippingAddressId: string;
  paymentMethodId: string;
}

interface ChargeResponse {
  id: string;
  status: 'succeeded' | 'requires_action' | 'failed';
}

export async function placeOrder(userId: string, input: PlaceOrderInput) {
  const skus = input.items.map((item) => item.sku);
  const products = await prisma.product.findMany({ where: { sku: { in: skus }, active: true } });
  if (products.length !== new Set(skus).size) throw new BadRequestError('Order contains an unknown product');

  const priceOf = new Map<string, number>(products.map((product) => [product.sku, product.priceJpy]));
  const totalJpy = input.items.reduce((sum, item) => sum + (priceOf.get(item.sku) ?? 0) * item.quantity, 0);

  const order = await prisma.order.create({
    data: {
      userId,
      shippingAddressId: input.shippingAddressId,
      totalJpy,
      status: 'PENDING_PAYMENT',
      lines: { create: input.items.map((item) => ({ sku: item.sku, quantity: item.quantity, unitPriceJpy: priceOf.get(item.sku) ?? 0 })) },
    },
  });

  // Only the order reference and the amount go to the PSP.
  const { data: charge } = await psp.post<ChargeResponse>('/charges', {
    amount: totalJpy,
    currency: 'jpy',
    payment_method: input.paymentMethodId,
    metadata: { orderId: order.id },
  });
  logger.info({ orderId: order.id, userId, totalJpy, chargeId: charge.id, chargeStatus: charge.status }, 'order placed');

  if (charge.status !== 'succeeded') {
    await prisma.order.update({ where: { id: order.id }, data: { status: 'PAYMENT_FAILED' } });
    throw new BadRequestError(`Payment for order ${order.id} was not completed`);
  }
  return confirmOrder(order.id, charge.id);
}

export async function confirmOrder(orderId: string, chargeId: string) {
  const order = await prisma.order.update({
    where: { id: orderId },
    data: { status: 'CONFIRMED', chargeId },
    include: { user: true, shippingAddress: true, lines: { include: { product: true } } },
  });
  const customer = order.user;
  const address = order.shippingAddress;

  logger.info(`Order ${order.id} confirmed for ${customer.name} <${customer.email}>`); // expect: pii-guard/no-pii-in-logs

  try {
    await crm.post('/deals', { // expect: pii-guard/no-unprotected-pii-transmission
      externalId: order.id,
      stage: 'won',
      amount: order.totalJpy,
      currency: 'JPY',
      contact: { fullName: customer.name, email: customer.email, phone: customer.phone, city: address.city },
      items: order.lines.map((line) => ({ sku: line.product.sku, name: line.product.name, quantity: line.quantity })),
    });
  } catch (err) {
    // A CRM outage must not fail the order; the nightly reconciliation picks it up.
    logger.warn({ orderId: order.id, reason: axios.isAxiosError(err) ? err.code : 'unknown' }, 'CRM sync failed');
  }

  await sendPurchaseConversion(order.id, order.totalJpy, customer).catch((err: unknown) => {
    logger.warn({ orderId: order.id, reason: axios.isAxiosError(err) ? err.code : 'unknown' }, 'conversion event failed');
  });

  if (order.totalJpy >= LARGE_ORDER_JPY) {
    await notifyOpsOfLargeOrder(order, customer, address);
  }
  return { orderId: order.id, status: order.status };
}

/** Meta asks for SHA-256 of the normalised address and number ("hashed customer matching"). */
function sha256(value: string): string {
  return createHash('sha256').update(value.trim().toLowerCase()).digest('hex');
}

/** Server-side purchase event for the ads team (Meta Conversions API). */
async function sendPurchaseConversion(
  orderId: string,
  totalJpy: number,
  customer: { email: string; phone: string | null },
): Promise<void> {
  await axios.post(`https://graph.facebook.com/v19.0/${process.env.META_PIXEL_ID}/events`, { // expect: pii-guard/no-unprotected-pii-transmission
    access_token: process.env.META_CAPI_TOKEN,
    data: [
      {
        event_name: 'Purchase',
        event_time: Math.floor(Date.now() / 1000),
        event_id: orderId,
        action_source: 'website',
        user_data: { em: [sha256(customer.email)], ph: customer.phone ? [sha256(customer.phone)] : [] },
        custom_data: { currency: 'JPY', value: totalJpy },
      },
    ],
  });
}

export async function getOrder(userId: string, orderId: string) {
  const order = await prisma.order.findFirst({
    where: { id: orderId, userId },
    include: { lines: { include: { product: { select: { sku: true, name: true } } } } },
  });
  if (!order) throw new NotFoundError(`Order ${orderId} not found`);
  return order;
}

export async function listOrders(userId: string, pageSize: number, pageToken?: string) {
  const orders = await prisma.order.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: pageSize + 1,
    ...(pageToken ? { cursor: { id: pageToken }, skip: 1 } : {}),
    select: { id: true, status: true, totalJpy: true, createdAt: true },
  });
  const hasMore = orders.length > pageSize;
  return { orders: orders.slice(0, pageSize), nextPageToken: hasMore ? orders[pageSize - 1]?.id : undefined };
}
