import { describe, expect, it } from 'vitest';
import {
  corporateNumberValid,
  findValues,
  luhnValid,
  myNumberCheckDigitValid,
  normalizeWidth,
} from '../../rules/src/vocabulary/values.js';
import type { Confidence } from '../../rules/src/vocabulary/types.js';

describe('luhnValid', () => {
  const cases: Array<[string, boolean]> = [
    ['4111111111111111', true],
    ['4242424242424242', true],
    ['5555555555554444', true],
    ['378282246310005', true],
    ['4539148803436467', true],
    ['4111 1111 1111 1111', true],
    ['4111-1111-1111-1111', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['4539148803436468', false],
    ['1234567812345678', false],
    ['79927398710', false],
    ['', false],
    ['0', false],
    ['4111a11111111111', false],
  ];
  it.each(cases)('%s → %s', (digits, ok) => {
    expect(luhnValid(digits)).toBe(ok);
  });
});

describe('myNumberCheckDigitValid (digest §3)', () => {
  it('the worked example: 12345678901 → check digit 8', () => {
    expect(myNumberCheckDigitValid('123456789018')).toBe(true);
    for (const d of '012345679') expect(myNumberCheckDigitValid(`12345678901${d}`)).toBe(false);
  });
  const cases: Array<[string, boolean]> = [
    ['567812349015', true],
    ['304501234566', true],
    ['987654321000', true],
    ['111111111118', true],
    ['735128409661', true],
    ['000000000000', true], // r = 0 → check 0
    ['1234 5678 9018', true],
    ['1234-5678-9018', true],
    ['567812349016', false],
    ['111111111111', false],
    ['12345678901', false], // 11 digits
    ['1234567890180', false], // 13 digits
    ['12345678901a', false],
  ];
  it.each(cases)('%s → %s', (digits, ok) => {
    expect(myNumberCheckDigitValid(digits)).toBe(ok);
  });
});

describe('corporateNumberValid (digest §3)', () => {
  const cases: Array<[string, boolean]> = [
    ['4011001098993', true],
    ['7010705000725', true],
    ['7123456789012', true],
    ['5011001098993', false],
    ['7010705000726', false],
    ['123456789018', false], // a My Number is 12 digits
    ['40110010989930', false],
  ];
  it.each(cases)('%s → %s', (digits, ok) => {
    expect(corporateNumberValid(digits)).toBe(ok);
  });
});

describe('normalizeWidth', () => {
  it('maps full-width ASCII and the ideographic space one unit for one', () => {
    expect(normalizeWidth('０９０－１２３４－５６７８')).toBe('090-1234-5678');
    expect(normalizeWidth('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('taro@example.com');
    expect(normalizeWidth('Ａ\u3000Ｂ')).toBe('A B');
    expect(normalizeWidth('電話：０３')).toBe('電話:03');
    const s = 'テスト０９０';
    expect(normalizeWidth(s).length).toBe(s.length);
  });
});

/** [text, label or undefined, expected [kind, matched text, testValue, confidence][]] */
type Expect = [kind: string, text: string, testValue: boolean, confidence: Confidence];
type Case = [text: string, label: string | undefined, expected: Expect[]];

function run([text, label, expected]: Case): void {
  const found = findValues(text, label === undefined ? undefined : { label });
  expect(found.map((f) => [f.kind, f.text, f.testValue, f.confidence])).toEqual(expected);
  for (const f of found) expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
}

describe('findValues: e-mail addresses', () => {
  const cases: Case[] = [
    ['taro.yamada@gmail.com', undefined, [['email', 'taro.yamada@gmail.com', false, 'high']]],
    ['連絡先: taro.yamada@gmail.com まで', undefined, [['email', 'taro.yamada@gmail.com', false, 'high']]],
    ['hanako+news@yahoo.co.jp', undefined, [['email', 'hanako+news@yahoo.co.jp', false, 'high']]],
    ['ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ', undefined, [['email', 'ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ', false, 'high']]],
    ['mailto:taro@foo.jp', undefined, [['email', 'taro@foo.jp', false, 'high']]],
    ['<a@b.jp>, <c.d@e.co.jp>', undefined, [['email', 'a@b.jp', false, 'high'], ['email', 'c.d@e.co.jp', false, 'high']]],
    // test domains
    ['test@example.com', undefined, [['email', 'test@example.com', true, 'low']]],
    ['taro@example.jp', undefined, [['email', 'taro@example.jp', true, 'low']]],
    ['a@example.org', undefined, [['email', 'a@example.org', true, 'low']]],
    ['a@example.net', undefined, [['email', 'a@example.net', true, 'low']]],
    ['a@mail.example.co.jp', undefined, [['email', 'a@mail.example.co.jp', true, 'low']]],
    ['a@b.test', undefined, [['email', 'a@b.test', true, 'low']]],
    ['a@foo.invalid', undefined, [['email', 'a@foo.invalid', true, 'low']]],
    ['user@localhost', undefined, [['email', 'user@localhost', true, 'low']]],
    ['hoge@hoge.com', undefined, [['email', 'hoge@hoge.com', true, 'low']]],
    // organisational
    ['info@company.co.jp', undefined, [['email', 'info@company.co.jp', false, 'low']]],
    ['support@acme.com', undefined, [['email', 'support@acme.com', false, 'low']]],
    ['noreply@company.co.jp', undefined, []],
    ['no-reply@company.com', undefined, []],
    ['do-not-reply@company.com', undefined, []],
    ['postmaster@company.com', undefined, []],
    // not addresses
    ['logo@2x.png', undefined, []],
    ['icon@3x.webp', undefined, []],
    ['lodash@4.17.21', undefined, []],
    ['@scope/package', undefined, []],
    ['git@github.com:org/repo.git', undefined, []],
    ['https://user:pass@host.com/x', undefined, []],
    ['@Component', undefined, []],
    ['a @ b', undefined, []],
  ];
  it.each(cases)('%s', (...c) => run(c));
});

describe('findValues: phone numbers', () => {
  const cases: Case[] = [
    ['090-2345-6789', undefined, [['phone', '090-2345-6789', false, 'high']]],
    ['09023456789', undefined, [['phone', '09023456789', false, 'high']]],
    ['080 2345 6789', undefined, [['phone', '080 2345 6789', false, 'high']]],
    ['070-2345-6789', undefined, [['phone', '070-2345-6789', false, 'high']]],
    ['050-2345-6789', undefined, [['phone', '050-2345-6789', false, 'high']]],
    ['０９０－２３４５－６７８９', undefined, [['phone', '０９０－２３４５－６７８９', false, 'high']]],
    ['090ー2345ー6789', undefined, [['phone', '090ー2345ー6789', false, 'high']]],
    ['携帯:090-2345-6789です', undefined, [['phone', '090-2345-6789', false, 'high']]],
    ['+81-90-2345-6789', undefined, [['phone', '+81-90-2345-6789', false, 'high']]],
    ['+81 3 3456 7890', undefined, [['phone', '+81 3 3456 7890', false, 'high']]],
    ['+81(0)3-3456-7890', undefined, [['phone', '+81(0)3-3456-7890', false, 'high']]],
    ['03-3456-7890', undefined, [['phone', '03-3456-7890', false, 'medium']]],
    ['0466-23-4567', undefined, [['phone', '0466-23-4567', false, 'medium']]],
    ['(03)3456-7890', undefined, [['phone', '(03)3456-7890', false, 'medium']]],
    ['電話 03-3456-7890', undefined, [['phone', '03-3456-7890', false, 'high']]],
    ['03-3456-7890', 'tel', [['phone', '03-3456-7890', false, 'high']]],
    ['0334567890', 'phoneNumber', [['phone', '0334567890', false, 'medium']]],
    // test values
    ['090-0000-0000', undefined, [['phone', '090-0000-0000', true, 'low']]],
    ['090-1234-5678', undefined, [['phone', '090-1234-5678', true, 'low']]],
    ['03-0000-0000', undefined, [['phone', '03-0000-0000', true, 'low']]],
    ['080-1111-1111', undefined, [['phone', '080-1111-1111', true, 'low']]],
    // not phones
    ['0334567890', undefined, []],
    ['0120-123-456', undefined, []],
    ['0570-064-556', 'tel', []],
    ['2024-01-15', undefined, []],
    ['01-02-2024', undefined, []],
    ['v0.12.3', undefined, []],
    ['060-0001', undefined, []],
    ['090-2345-6789-1234', undefined, []],
    ['1090-2345-6789', undefined, []],
    ['id: 09023456789012', undefined, []],
    ['+1-555-123-4567', undefined, []],
  ];
  it.each(cases)('%s (%s)', (...c) => run(c));
});

describe('findValues: card numbers', () => {
  const cases: Case[] = [
    ['4539 1488 0343 6467', undefined, [['creditCardNumber', '4539 1488 0343 6467', false, 'high']]],
    ['4539-1488-0343-6467', undefined, [['creditCardNumber', '4539-1488-0343-6467', false, 'high']]],
    ['4539148803436467', undefined, [['creditCardNumber', '4539148803436467', false, 'high']]],
    ['５４１２３４５６７８９０１２３２', undefined, [['creditCardNumber', '５４１２３４５６７８９０１２３２', false, 'high']]],
    ['card: 3530 1113 3330 1115', undefined, [['creditCardNumber', '3530 1113 3330 1115', false, 'high']]],
    ['3714 496353 98431', undefined, [['creditCardNumber', '3714 496353 98431', true, 'low']]],
    // known test PANs
    ['4111111111111111', undefined, [['creditCardNumber', '4111111111111111', true, 'low']]],
    ['4111 1111 1111 1111', undefined, [['creditCardNumber', '4111 1111 1111 1111', true, 'low']]],
    ['4242424242424242', undefined, [['creditCardNumber', '4242424242424242', true, 'low']]],
    ['5555555555554444', undefined, [['creditCardNumber', '5555555555554444', true, 'low']]],
    ['378282246310005', undefined, [['creditCardNumber', '378282246310005', true, 'low']]],
    ['6011000990139424', undefined, [['creditCardNumber', '6011000990139424', true, 'low']]],
    // not cards
    ['4539148803436468', undefined, []], // Luhn fails
    ['1234567812345678', undefined, []], // no issuer
    ['1700000000000', undefined, []], // a timestamp
    ['4539 14880 343 6467', undefined, []], // odd grouping
    ['45391488034364670', undefined, []], // 17 digits for Visa
    ['order 4539148803436467123456', undefined, []], // longer digit run
    ['4011001098993', '法人番号', []],
  ];
  it.each(cases)('%s', (...c) => run(c));
});

describe('findValues: My Number (check digit AND a label)', () => {
  const cases: Case[] = [
    ['567812349015', 'myNumber', [['myNumber', '567812349015', false, 'high']]],
    ['567812349015', 'kojinBangou', [['myNumber', '567812349015', false, 'high']]],
    ['567812349015', 'my_number', [['myNumber', '567812349015', false, 'high']]],
    ['567812349015', '個人番号', [['myNumber', '567812349015', false, 'high']]],
    ['5678 1234 9015', 'マイナンバー', [['myNumber', '5678 1234 9015', false, 'high']]],
    ['個人番号は5678-1234-9015です', undefined, [['myNumber', '5678-1234-9015', false, 'high']]],
    ['マイナンバー:３０４５０１２３４５６６', undefined, [['myNumber', '３０４５０１２３４５６６', false, 'high']]],
    ['123456789018', 'myNumber', [['myNumber', '123456789018', true, 'low']]],
    ['000000000000', 'myNumber', [['myNumber', '000000000000', true, 'low']]],
    // not My Numbers
    ['567812349015', undefined, []], // no label
    ['123456789018', undefined, []],
    ['567812349016', 'myNumber', []], // check digit fails
    ['4011001098993', 'myNumber', []], // 13 digits: a corporate number
    ['4011001098993', undefined, []],
    ['567812349015', '法人番号', []],
    ['order 5678123490151', 'myNumber', []],
  ];
  it.each(cases)('%s (%s)', (...c) => run(c));
});

describe('findValues: postal codes (〒 or a label)', () => {
  const cases: Case[] = [
    ['〒100-0001 東京都千代田区千代田1-1', undefined, [['postalCode', '100-0001', false, 'high']]],
    ['〒１００－０００１', undefined, [['postalCode', '１００－０００１', false, 'high']]],
    ['〒 1000001', undefined, [['postalCode', '1000001', false, 'high']]],
    ['100-0001', 'zipCode', [['postalCode', '100-0001', false, 'medium']]],
    ['100-0001', '郵便番号', [['postalCode', '100-0001', false, 'medium']]],
    ['1000001', 'postalCode', [['postalCode', '1000001', false, 'medium']]],
    ['郵便番号 100-0001', undefined, [['postalCode', '100-0001', false, 'medium']]],
    ['〒000-0000', undefined, [['postalCode', '000-0000', true, 'low']]],
    ['123-4567', 'zip', [['postalCode', '123-4567', true, 'low']]],
    ['100-0001', undefined, []],
    ['1000001', 'zip_code', [['postalCode', '1000001', false, 'medium']]],
    ['1000001', undefined, []],
  ];
  it.each(cases)('%s (%s)', (...c) => run(c));
});

describe('findValues: mixed text', () => {
  it('finds several kinds in text order with offsets into the original string', () => {
    const text = '氏名: 山田 / ＴＥＬ ０９０－２３４５－６７８９ / taro@gmail.com / 〒150-0002';
    const found = findValues(text);
    expect(found.map((f) => f.kind)).toEqual(['phone', 'email', 'postalCode']);
    for (const f of found) expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
    expect(found[0]?.index).toBe(text.indexOf('０９０'));
  });

  it('returns nothing for short or digit-free text', () => {
    expect(findValues('')).toEqual([]);
    expect(findValues('abc')).toEqual([]);
    expect(findValues('hello world')).toEqual([]);
  });

  it('reports the check used', () => {
    expect(findValues('4539148803436467')[0]?.check).toBe('luhn');
    expect(findValues('567812349015', { label: 'myNumber' })[0]?.check).toBe('my-number-check-digit');
    expect(findValues('taro@gmail.com')[0]?.check).toBe('format');
  });
});
