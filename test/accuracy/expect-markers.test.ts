import { describe, it, expect } from 'vitest';
import { parseExpectMarkers, score, precision, recall } from '../../bench/lib/expect-markers.mjs';

const LOGS = 'pii-guard/no-pii-in-logs';
const SEND = 'pii-guard/no-unprotected-pii-transmission';
const EXPORT = 'pii-guard/no-unprotected-pii-export';
const HARD = 'pii-guard/no-hardcoded-pii';

describe('parseExpectMarkers', () => {
  it('reads a trailing line comment with 1-based line numbers', () => {
    const text = [
      "import pino from 'pino';",
      'const log = pino();',
      `log.info({ email }); // expect: ${LOGS}`,
    ].join('\n');
    expect(parseExpectMarkers(text)).toEqual([{ line: 3, rule: LOGS }]);
  });

  it('returns nothing for a clean file, and ignores comments that are not markers', () => {
    const text = [
      '// expected: this is prose, not a marker',
      '// We expect: nothing here',
      'const a = 1; // expect:',
      "const b = 'x'; // expect: nothing",
    ].join('\n');
    expect(parseExpectMarkers(text)).toEqual([]);
  });

  it('reads several rules on one line, in order', () => {
    const text = `await fetch(url, { body }); // expect: ${SEND}, ${LOGS}`;
    expect(parseExpectMarkers(text)).toEqual([
      { line: 1, rule: SEND },
      { line: 1, rule: LOGS },
    ]);
  });

  it('keeps a repeated rule name as two findings', () => {
    const text = `const c = { mail: 'a@b.jp', tel: '090' }; // expect: ${HARD}, ${HARD}`;
    expect(parseExpectMarkers(text)).toEqual([
      { line: 1, rule: HARD },
      { line: 1, rule: HARD },
    ]);
  });

  it('reads JSX block-comment markers and stops at the comment end', () => {
    const text = [
      'export const Card = () => (',
      '  <p>',
      `    tanaka.hiroshi@gmail.co.jp {/* expect: ${HARD} */}`,
      '  </p>',
      ');',
    ].join('\n');
    expect(parseExpectMarkers(text)).toEqual([{ line: 3, rule: HARD }]);
  });

  it('reads two rules in one JSX marker and a block marker followed by code', () => {
    const text = `{/* expect: ${EXPORT}, ${SEND} */} <a href={url}>x</a>`;
    expect(parseExpectMarkers(text)).toEqual([
      { line: 1, rule: EXPORT },
      { line: 1, rule: SEND },
    ]);
  });

  it('ignores an unterminated block comment', () => {
    expect(parseExpectMarkers(`/* expect: ${LOGS}\n*/`)).toEqual([]);
  });

  it('takes the first word of an item and ignores a trailing note', () => {
    const text = `logger.info(user); // expect: ${LOGS} (whole record), ${EXPORT}`;
    expect(parseExpectMarkers(text)).toEqual([
      { line: 1, rule: LOGS },
      { line: 1, rule: EXPORT },
    ]);
  });

  it('accepts spacing variants and CRLF line ends', () => {
    const text = `a();\r\nb(); //expect:${LOGS}\r\nc(); //   expect:   ${SEND}  ,  ${EXPORT}\r\n`;
    expect(parseExpectMarkers(text)).toEqual([
      { line: 2, rule: LOGS },
      { line: 3, rule: SEND },
      { line: 3, rule: EXPORT },
    ]);
  });

  it('reads two marker comments on one line', () => {
    const text = `x(); /* expect: ${LOGS} */ y(); // expect: ${SEND}`;
    expect(parseExpectMarkers(text)).toEqual([
      { line: 1, rule: LOGS },
      { line: 1, rule: SEND },
    ]);
  });
});

describe('score', () => {
  it('matches by file, line and rule', () => {
    const expected = [
      { file: 'a.ts', line: 3, rule: LOGS },
      { file: 'a.ts', line: 7, rule: SEND },
    ];
    const actual = [
      { file: 'a.ts', line: 3, rule: LOGS, message: 'email in log' },
      { file: 'b.ts', line: 7, rule: SEND, message: 'other file' },
      { file: 'a.ts', line: 7, rule: LOGS, message: 'wrong rule' },
    ];
    const s = score(expected, actual);
    expect(s.tp).toBe(1);
    expect(s.fp).toBe(2);
    expect(s.fn).toBe(1);
    expect(s.matched).toEqual([{ file: 'a.ts', line: 3, rule: LOGS, message: 'email in log' }]);
    expect(s.falsePositives).toEqual([
      { file: 'a.ts', line: 7, rule: LOGS, message: 'wrong rule' },
      { file: 'b.ts', line: 7, rule: SEND, message: 'other file' },
    ]);
    expect(s.falseNegatives).toEqual([{ file: 'a.ts', line: 7, rule: SEND }]);
  });

  it('counts duplicates: two expected of one rule on a line need two reports', () => {
    const expected = [
      { line: 4, rule: HARD },
      { line: 4, rule: HARD },
    ];
    expect(score(expected, [{ line: 4, rule: HARD }])).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(score(expected, [{ line: 4, rule: HARD }, { line: 4, rule: HARD }])).toMatchObject({
      tp: 2,
      fp: 0,
      fn: 0,
    });
    const three = score(expected, [
      { line: 4, rule: HARD },
      { line: 4, rule: HARD },
      { line: 4, rule: HARD },
    ]);
    expect(three).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  it('treats a missing file as one file (per-file use)', () => {
    const s = score([{ line: 1, rule: LOGS }], [{ line: 1, rule: LOGS }]);
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores empty inputs as zero', () => {
    expect(score([], [])).toEqual({ tp: 0, fp: 0, fn: 0, matched: [], falsePositives: [], falseNegatives: [] });
  });

  it('sorts false negatives and false positives by file, then line, then rule', () => {
    const expected = [
      { file: 'b.ts', line: 1, rule: LOGS },
      { file: 'a.ts', line: 9, rule: SEND },
      { file: 'a.ts', line: 2, rule: SEND },
      { file: 'a.ts', line: 2, rule: EXPORT },
    ];
    const s = score(expected, []);
    expect(s.falseNegatives.map((i) => `${i.file}:${i.line}:${i.rule}`)).toEqual([
      `a.ts:2:${EXPORT}`,
      `a.ts:2:${SEND}`,
      `a.ts:9:${SEND}`,
      `b.ts:1:${LOGS}`,
    ]);
  });

  it('round-trips with parseExpectMarkers', () => {
    const text = [
      `console.log(user); // expect: ${LOGS}`,
      'console.log(user.id);',
      `localStorage.setItem('p', phone); // expect: ${EXPORT}`,
    ].join('\n');
    const expected = parseExpectMarkers(text);
    const s = score(expected, [
      { line: 1, rule: LOGS },
      { line: 2, rule: LOGS },
    ]);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.falseNegatives).toEqual([{ line: 3, rule: EXPORT }]);
  });
});

describe('precision and recall', () => {
  it('computes the ratios', () => {
    expect(precision({ tp: 3, fp: 1 })).toBe(0.75);
    expect(recall({ tp: 3, fn: 3 })).toBe(0.5);
  });

  it('is null (undefined), not 1, when the denominator is zero', () => {
    expect(precision({ tp: 0, fp: 0 })).toBeNull();
    expect(recall({ tp: 0, fn: 0 })).toBeNull();
    expect(precision({ tp: 0, fp: 2 })).toBe(0);
  });
});
