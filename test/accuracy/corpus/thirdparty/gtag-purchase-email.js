export function trackPurchase(order) {
  window.gtag('event', 'purchase', { // expect: pii-guard/no-unprotected-pii-transmission
    transaction_id: order.id,
    value: order.total,
    currency: 'JPY',
    customer_email: order.customer.email,
    items: order.items.map((i) => ({ item_id: i.sku, item_name: i.productName, quantity: i.qty, price: i.price })),
  });
}
