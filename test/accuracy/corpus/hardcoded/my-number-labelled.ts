import { describe, it, expect } from 'vitest';
import { registerEmployee } from '../src/hr/register';

describe('registerEmployee', () => {
  it('stores the individual number for year-end adjustment', async () => {
    const employee = await registerEmployee({
      shainBangou: 'E000123',
      shimei: '伊藤 誠',
      kojinBangou: '644372880753', // expect: pii-guard/no-hardcoded-pii
    });
    expect(employee.id).toBeDefined();
  });
});
