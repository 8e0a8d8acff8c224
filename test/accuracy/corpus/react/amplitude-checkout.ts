import * as amplitude from '@amplitude/analytics-browser';

amplitude.init(process.env.NEXT_PUBLIC_AMPLITUDE_KEY ?? '', { defaultTracking: { pageViews: true } });

interface Checkout {
  orderId: string;
  total: number;
  currency: 'JPY';
  buyer: { id: string; email: string; phone: string };
}

export function trackCheckout(checkout: Checkout): void {
  amplitude.setUserId(checkout.buyer.id);
  amplitude.track('Checkout Completed', { // expect: pii-guard/no-unprotected-pii-transmission
    orderId: checkout.orderId,
    total: checkout.total,
    currency: checkout.currency,
    buyerEmail: checkout.buyer.email,
  });
}

export function trackCartViewed(itemCount: number): void {
  amplitude.track('Cart Viewed', { itemCount });
}
