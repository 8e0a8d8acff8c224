export interface CardForm {
  cardholderName: string;
  cardNumber: string;
  expiry: string;
  cvc: string;
}

// Keeps the form filled when the 3-D Secure redirect comes back.
export function stashCard(form: CardForm): void {
  sessionStorage.setItem('pending-card', JSON.stringify(form)); // expect: pii-guard/no-unprotected-pii-export
}

export function takeStashedCard(): CardForm | null {
  const raw = sessionStorage.getItem('pending-card');
  sessionStorage.removeItem('pending-card');
  return raw ? (JSON.parse(raw) as CardForm) : null;
}
