export interface PaymentSummary {
  brand: 'visa' | 'mastercard' | 'jcb' | 'amex';
  cardNumber: string;
  amount: number;
}

// Shown on the thank-you page: brand and the last four digits only.
export function rememberPaymentSummary(p: PaymentSummary): void {
  const last4 = p.cardNumber.slice(-4);
  sessionStorage.setItem('payment-summary', JSON.stringify({ brand: p.brand, last4, amount: p.amount }));
}
