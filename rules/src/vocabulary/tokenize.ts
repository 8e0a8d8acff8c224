/**
 * Splitting identifiers, keys and labels into words for vocabulary matching.
 *
 * Latin names are matched on whole words (digest §6.3: `telemetry` is not `tel`), so a name is cut at
 * camelCase humps, digits and every separator. Japanese script has no word boundaries, so a run of
 * kana/kanji stays one token and the classifier matches inside it by substring, with trap rules.
 */

/** Japanese script: hiragana, katakana (incl. half-width after NFKC), kanji, and the marks used inside words. */
const JA_CLASS = String.raw`\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u30FC\u3005\u3006\u3012\u30FB\u30F6`;

/** One token: a Japanese run, an acronym before a capitalised word, a (Capitalised) lower-case word, an acronym, other letters, digits. */
const TOKEN_RE = new RegExp(
  String.raw`[${JA_CLASS}]+|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|(?:(?![${JA_CLASS}])\p{L})+|\p{N}+`,
  'gu',
);

const JA_CHAR_RE = new RegExp(`[${JA_CLASS}]`, 'u');

/** Everything that is not a letter, a digit or Japanese script separates chunks (`_`, `-`, `.`, `$`, spaces, brackets...). */
const CHUNK_SEPARATOR_RE = new RegExp(`[^\\p{L}\\p{N}${JA_CLASS}]+`, 'u');

/** True when the text contains Japanese script. */
export function hasJapanese(text: string): boolean {
  return JA_CHAR_RE.test(text);
}

/**
 * Split a name into words: NFKC (full-width → half-width, half-width kana → full-width), then cut at
 * camelCase/PascalCase humps, `_`, `-`, `$`, `.`, spaces, brackets (also full-width ＿ and （）) and digit
 * runs. Latin words are lower-cased; each Japanese-script run is one token.
 *
 * `userEmailAddress` → `['user', 'email', 'address']`, `XMLHttpRequest` → `['xml', 'http', 'request']`,
 * `お客様＿氏名` → `['お客様', '氏名']`, `address1` → `['address', '1']`.
 */
export function splitWords(name: string): string[] {
  const text = name.normalize('NFKC');
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push(m[0].toLowerCase());
  return out;
}

/**
 * The separator-delimited chunks of a name that contain Japanese script, NFKC-normalised and lower-cased,
 * with Latin letters and digits kept in place: `IPアドレス` → `['ipアドレス']`, `会員3名` → `['会員3名']`.
 * Japanese terms are matched inside these by substring, so mixed terms (`IPアドレス`, `Eメール`) and
 * counts (`3名`) are seen whole.
 */
export function japaneseChunks(name: string): string[] {
  const text = name.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const chunk of text.split(CHUNK_SEPARATOR_RE)) {
    if (chunk !== '' && JA_CHAR_RE.test(chunk)) out.push(chunk);
  }
  return out;
}

/** Rewrites that bring wāpuro and Kunrei spellings to one Hepburn-like key. Order matters. */
const ROMAJI_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/jy/g, 'j'],
  [/zy/g, 'j'],
  [/sy/g, 'sh'],
  [/ty/g, 'ch'],
  [/si/g, 'shi'],
  [/(?<![cs])ti/g, 'chi'],
  [/(?<![s])tu/g, 'tsu'],
  [/(?<![cs])hu/g, 'fu'],
  [/ou/g, 'o'],
  [/oo/g, 'o'],
  [/uu/g, 'u'],
  [/aa/g, 'a'],
  [/ii/g, 'i'],
  [/ee/g, 'e'],
];

/** Hepburn macrons and Kunrei/Nihon-shiki circumflexes mark long vowels (bangō, jūsho, bangô, yûbin): doubled first. */
const LONG_VOWEL_MARKS: Readonly<Record<string, string>> = {
  ā: 'aa', â: 'aa', ī: 'ii', î: 'ii', ū: 'uu', û: 'uu', ē: 'ee', ê: 'ee', ō: 'ou', ô: 'ou',
};
const LONG_VOWEL_RE = /[āâīîūûēêōô]/g;

/**
 * Fold a lower-case romaji word so that spelling variants compare equal:
 * `bangou`/`bango`/`bangō`, `juusho`/`jusho`/`jyusho`/`juusyo`/`jūsho`, `mainanbaa`/`mainanba`, `hurigana`/`furigana`.
 * Only used for the romaji table; English words are compared as written.
 */
export function foldRomaji(word: string): string {
  let s = word.replace(LONG_VOWEL_RE, (ch) => LONG_VOWEL_MARKS[ch] ?? ch);
  for (const [re, to] of ROMAJI_FOLDS) s = s.replace(re, to);
  return s;
}

/** The lookup key of a Latin term or word window: its words joined (`mail address` → `mailaddress`). */
export function joinKey(words: readonly string[]): string {
  return words.join('');
}
