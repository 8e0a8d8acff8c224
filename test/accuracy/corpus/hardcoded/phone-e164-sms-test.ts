import { describe, it, expect, vi } from 'vitest';
import { sendOtp } from '../src/otp';

describe('sendOtp', () => {
  it('sends to the given number', async () => {
    const client = { messages: { create: vi.fn().mockResolvedValue({ sid: 'SM123' }) } };
    // The developer's own phone, used during manual testing.
    await sendOtp(client, '+819041875532'); // expect: pii-guard/no-hardcoded-pii
    expect(client.messages.create).toHaveBeenCalledOnce();
  });
});
