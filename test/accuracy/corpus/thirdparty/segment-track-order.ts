import { AnalyticsBrowser } from '@segment/analytics-next';

const analytics = AnalyticsBrowser.load({ writeKey: 'wk_acme_prod' });

export interface CompletedOrder {
  id: string;
  total: number;
  coupon?: string;
  products: Array<{ sku: string; name: string; price: number; quantity: number }>;
}

export function trackOrderCompleted(userId: string, order: CompletedOrder): void {
  analytics.identify(userId);
  analytics.track('Order Completed', {
    order_id: order.id,
    total: order.total,
    coupon: order.coupon,
    products: order.products.map((p) => ({ product_id: p.sku, name: p.name, price: p.price, quantity: p.quantity })),
  });
}
