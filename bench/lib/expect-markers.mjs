/**
 * `// expect:` markers: parsing and scoring. Pure functions, shared by the accuracy benchmark
 * (bench/accuracy.mjs) and the samples test, so both read the corpus the same way.
 *
 * A marker is a comment whose text starts with `expect:` followed by a comma-separated list of rule names:
 *   logger.info('signup', { email }); // expect: pii-guard/no-pii-in-logs
 *   fetch(url, opts); // expect: pii-guard/no-unprotected-pii-transmission, pii-guard/no-pii-in-logs
 *   {/* expect: pii-guard/no-hardcoded-pii *\/}            (JSX text)
 * Each name is one expected finding on the comment's line; a name repeated means two findings of that
 * rule on the same line.
 */

/** Rule names are `plugin/rule` in kebab case; an item that does not start with one is ignored as prose. */
const RULE_NAME = /^[a-z0-9@][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/**
 * A comment opener (`//` or `/*`), optional spaces, `expect:` and the rest of the comment. The list ends at
 * `*\/` for block comments or at the end of the line for line comments.
 */
const MARKER = /(\/\/|\/\*)\s*expect:([^\n]*)/g;

/**
 * Finds every expect marker in a source text.
 * @param {string} text whole file contents
 * @returns {Array<{ line: number, rule: string }>} 1-based lines, in source order; repeated names repeat
 */
export function parseExpectMarkers(text) {
  /** @type {Array<{ line: number, rule: string }>} */
  const out = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i];
    MARKER.lastIndex = 0;
    let m;
    while ((m = MARKER.exec(lineText)) !== null) {
      let list = m[2];
      if (m[1] === '/*') {
        const end = list.indexOf('*/');
        // An unterminated block comment on this line is not a marker we can trust.
        if (end === -1) continue;
        list = list.slice(0, end);
        // Resume after the block comment: another marker may follow on the same line.
        MARKER.lastIndex = m.index + m[0].length - m[2].length + end + 2;
      }
      for (const part of list.split(',')) {
        // The first word of each item is the rule; words after it are a note (`pii-guard/x (whole record)`).
        const rule = part.trim().split(/\s+/)[0] ?? '';
        if (RULE_NAME.test(rule)) out.push({ line: i + 1, rule });
      }
    }
  }
  return out;
}

/**
 * @typedef {{ line: number, rule: string, file?: string }} Item
 * Extra properties (message, column...) are kept and handed back in the result lists.
 */

/** @param {Item} item */
function keyOf(item) {
  return `${item.file ?? ''}\u0000${item.line}\u0000${item.rule}`;
}

/**
 * Matches actual findings to expected ones by (file, line, rule), counting duplicates: two expected
 * findings of one rule on one line need two actual ones.
 * @template {Item} E
 * @template {Item} A
 * @param {E[]} expected
 * @param {A[]} actual
 * @returns {{ tp: number, fp: number, fn: number, matched: A[], falsePositives: A[], falseNegatives: E[] }}
 */
export function score(expected, actual) {
  /** @type {Map<string, E[]>} unmatched expected items per key, in source order */
  const open = new Map();
  for (const e of expected) {
    const k = keyOf(e);
    const list = open.get(k);
    if (list) list.push(e);
    else open.set(k, [e]);
  }
  /** @type {A[]} */
  const matched = [];
  /** @type {A[]} */
  const falsePositives = [];
  for (const a of actual) {
    const list = open.get(keyOf(a));
    if (list && list.length > 0) {
      list.shift();
      matched.push(a);
    } else {
      falsePositives.push(a);
    }
  }
  /** @type {E[]} */
  const falseNegatives = [];
  for (const list of open.values()) falseNegatives.push(...list);
  falseNegatives.sort(compareItems);
  falsePositives.sort(compareItems);
  return {
    tp: matched.length,
    fp: falsePositives.length,
    fn: falseNegatives.length,
    matched,
    falsePositives,
    falseNegatives,
  };
}

/** @param {Item} a @param {Item} b */
function compareItems(a, b) {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/**
 * Precision tp / (tp + fp); `null` when nothing was reported (undefined, not perfect).
 * @param {{ tp: number, fp: number }} s
 * @returns {number | null}
 */
export function precision(s) {
  return s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp);
}

/**
 * Recall tp / (tp + fn); `null` when nothing was expected.
 * @param {{ tp: number, fn: number }} s
 * @returns {number | null}
 */
export function recall(s) {
  return s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn);
}
