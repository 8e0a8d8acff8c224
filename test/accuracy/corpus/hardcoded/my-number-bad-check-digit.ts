import { describe, it, expect } from 'vitest';
import { isValidMyNumber } from '../src/mynumber';

describe('isValidMyNumber', () => {
  it('rejects a number whose check digit does not match', () => {
    expect(isValidMyNumber('644372880750')).toBe(false);
    expect(isValidMyNumber('357643295740')).toBe(false);
  });

  it('rejects wrong lengths', () => {
    expect(isValidMyNumber('12345678901')).toBe(false);
  });
});
