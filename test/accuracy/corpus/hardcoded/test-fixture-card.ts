import { describe, it, expect } from 'vitest';
import { formatCardNumber } from '../src/card';

describe('formatCardNumber', () => {
  it('groups digits in fours', () => {
    // Taken from a customer's support ticket to reproduce the bug.
    expect(formatCardNumber('4491630928612045')).toBe('4491 6309 2861 2045'); // expect: pii-guard/no-hardcoded-pii, pii-guard/no-hardcoded-pii
  });

  it('keeps a short number as is', () => {
    expect(formatCardNumber('1234')).toBe('1234');
  });
});
