import { describe, it, expect } from 'vitest';
import { isValidCardNumber } from '../src/luhn';

describe('isValidCardNumber', () => {
  it('rejects numbers with a wrong check digit', () => {
    expect(isValidCardNumber('4014091210848855')).toBe(false);
    expect(isValidCardNumber('5256 6675 3749 6728')).toBe(false);
  });

  it('rejects too-short input', () => {
    expect(isValidCardNumber('4014 0912')).toBe(false);
  });
});
