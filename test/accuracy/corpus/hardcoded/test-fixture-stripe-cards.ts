import { describe, it, expect } from 'vitest';
import { chargeWithTestCard } from '../src/payments';

// Public test numbers from the Stripe and Visa documentation; they belong to no one.
const TEST_CARDS = {
  visa: '4242424242424242',
  visaDebit: '4000056655665556',
  mastercard: '5555555555554444',
  declined: '4000000000000002',
  legacyVisa: '4111 1111 1111 1111',
};

describe('payments (stripe test mode)', () => {
  it('charges the standard test card', async () => {
    await expect(chargeWithTestCard(TEST_CARDS.visa, 1000)).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('reports a decline', async () => {
    await expect(chargeWithTestCard(TEST_CARDS.declined, 1000)).rejects.toThrow('card_declined');
  });
});
