/** The accountable part of an eslint-disable justification: reason, author and expiry, in English and Japanese. */
import { afterEach, describe, expect, it } from 'vitest';
import { currentDay, isCalendarDay, isExpired, parseSuppressionReason, today } from '../../rules/src/report/suppression-reason.js';

describe('parseSuppressionReason', () => {
  it.each([
    ['', { reason: '' }],
    ['the log pipeline masks e-mails (SEC-12)', { reason: 'the log pipeline masks e-mails (SEC-12)' }],
    ['masked downstream until 2026-12-31', { reason: 'masked downstream', until: '2026-12-31' }],
    ['masked downstream, expires 2026-12-31', { reason: 'masked downstream', until: '2026-12-31' }],
    ['masked downstream by @alice until 2026-12-31', { reason: 'masked downstream', author: 'alice', until: '2026-12-31' }],
    ['@bob: approved audit log', { reason: 'approved audit log', author: 'bob' }],
    ['approved audit log, by bob.smith', { reason: 'approved audit log', author: 'bob.smith' }],
    ['approved by carol until 2026-01-31', { reason: 'approved', author: 'carol', until: '2026-01-31' }],
    // "by" inside a sentence names no one
    ['kept by the log pipeline for 7 days', { reason: 'kept by the log pipeline for 7 days' }],
    // an e-mail address in the reason is not an author marker
    ['forwarded to privacy@example.com for review', { reason: 'forwarded to privacy@example.com for review' }],
    ['監査ログとして承認済み 承認: 山田 期限: 2026-03-31', { reason: '監査ログとして承認済み', author: '山田', until: '2026-03-31' }],
    ['移行作業中 2026-03-31まで 担当:佐藤', { reason: '移行作業中', author: '佐藤', until: '2026-03-31' }],
    // written with slashes or without zero padding
    ['migration until 2026/3/5', { reason: 'migration', until: '2026-03-05' }],
    // markers only: no reason
    ['@alice until 2026-12-31', { reason: '', author: 'alice', until: '2026-12-31' }],
    ['until 2026-12-31', { reason: '', until: '2026-12-31' }],
    // the editor's placeholder left unfilled, or a bare marker: no reason
    ['TODO: reason', { reason: '' }],
    ['TODO: 理由を記入 @alice', { reason: '', author: 'alice' }],
    ['FIXME', { reason: '' }],
    ['TODO: remove once the SDK masks phone numbers', { reason: 'TODO: remove once the SDK masks phone numbers' }],
    // not a calendar day
    ['masked until 2026-02-30', { reason: 'masked', invalidUntil: '2026-02-30' }],
    ['masked until 2026-13-01', { reason: 'masked', invalidUntil: '2026-13-01' }],
    // a word after "until" is part of the reason
    ['until the vendor ships masking (VND-3)', { reason: 'until the vendor ships masking (VND-3)' }],
  ])('%j', (text, expected) => {
    expect(parseSuppressionReason(text)).toEqual(expected);
  });
});

describe('days', () => {
  const saved = process.env.PII_GUARD_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.PII_GUARD_TODAY;
    else process.env.PII_GUARD_TODAY = saved;
  });

  it('checks calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-2-28')).toBe(false);
    expect(isCalendarDay('tomorrow')).toBe(false);
  });

  it('formats a local day and holds a suppression through its until day', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isExpired('2026-01-05', '2026-01-05')).toBe(false);
    expect(isExpired('2026-01-04', '2026-01-05')).toBe(true);
    expect(isExpired(undefined, '2026-01-05')).toBe(false);
  });

  it('takes today from PII_GUARD_TODAY when it is a calendar day', () => {
    process.env.PII_GUARD_TODAY = '2030-07-01';
    expect(currentDay()).toBe('2030-07-01');
    expect(isExpired('2030-06-30')).toBe(true);
    process.env.PII_GUARD_TODAY = '2030-02-31';
    expect(currentDay()).toBe(today());
  });
});
