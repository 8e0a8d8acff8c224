declare function gtag(...args: unknown[]): void;

interface Buyer {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  postalCode: string;
}

// Enhanced conversions: the buyer's contact data goes to Google Ads.
export function reportConversion(buyer: Buyer, orderId: string, value: number): void {
  gtag('set', 'user_data', { // expect: pii-guard/no-unprotected-pii-transmission
    email: buyer.email,
    phone_number: buyer.phone,
    address: { first_name: buyer.firstName, last_name: buyer.lastName, postal_code: buyer.postalCode },
  });
  gtag('event', 'conversion', { send_to: 'AW-123456789/AbCdEfGh', transaction_id: orderId, value, currency: 'JPY' });
}
