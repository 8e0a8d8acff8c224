/**
 * Name classification: which personal-data kind a name (identifier, property, key, method) holds.
 *
 * The tables in `terms.ts` are compiled once per vocabulary into lookup maps; each name is split into words
 * (`tokenize.ts`), every run of words is looked up, the longest matches win (so traps such as `maxAge`
 * swallow `age`), and the right-most surviving term is checked against its context: receiver, words
 * around it in the name, sibling keys and Japanese context (digest §6.3). Results are memoised per
 * (name, role, receiver signature, sibling signature, Japanese context).
 */
import { DATA_KINDS, PERSONAL_RECORD_KIND } from './kinds.js';
import {
  ACCOUNT_OWNER_WORDS,
  ACTION_PREFIXES,
  CONTEXT_GROUPS,
  DESCRIPTOR_RECEIVERS,
  EXACT_NAMES,
  FIELD_SUFFIXES,
  FLAG_PREFIXES,
  GETTER_PREFIXES,
  HASH_DOES_NOT_PROTECT,
  JA_LABEL_MARKERS,
  JA_NON_PERSON_OWNERS,
  JA_TRAPS,
  JA_TRAP_PATTERNS,
  LOWERING_WORDS,
  NEUTRALIZING_WORDS,
  NEUTRAL_MODIFIERS,
  NON_PERSON_COMPOUNDS,
  NON_PERSON_COMPOUNDS_ROMAJI,
  NON_PERSON_WORDS,
  NON_PERSON_WORDS_ROMAJI,
  OWNER_LINK_WORDS,
  PERSON_HOLDER_ONLY_WORDS,
  PERSON_WORDS,
  PSEUDONYMIZING_WORDS,
  RECORD_SUFFIXES,
  TERMS,
  THING_ATTRIBUTE_KINDS,
  THING_NAME_WORDS,
  THING_RECORD_KINDS,
  TRANSPARENT_RECEIVERS,
  type ContextGroup,
  type Need,
  type TermOptions,
  type TermSpec,
} from './terms.js';
import { foldRomaji, hasJapanese, japaneseChunks, joinKey, splitWords } from './tokenize.js';
import {
  CONFIDENCE_RANK,
  type Confidence,
  type DataKind,
  type NameContext,
  type NameMatch,
  type NameRole,
  type Script,
} from './types.js';

export interface VocabularyOptions {
  /** Extra names → kind id (`{ shaban: 'customerId', 会員コード: 'customerId' }`). They win over built-in terms. */
  extraNames?: Record<string, string>;
  /** Names that are never personal data in this project. They win over everything, extraNames included. */
  ignoredNames?: string[];
}

export interface Vocabulary {
  /** The kind a name holds in its context, or null. Never returns `personalRecord` (see isPersonRecordName). */
  classifyName(name: string, ctx: NameContext): NameMatch | null;
  /** True when a receiver or holder name stands for a person (`user`, `req.user`'s `user`, `currentCustomer`, `顧客`). */
  isPersonHolder(name: string): boolean;
  /** True for names of whole person records (`user`, `customers`, `userData`, `顧客情報`), not `userId`/`userCount`. */
  isPersonRecordName(name: string): boolean;
  kind(id: string): DataKind | undefined;
}

// ── compiled tables ────────────────────────────────────────────────────────────────────────────────

const PRIORITY_BUILTIN = 0;
const PRIORITY_EXTRA = 1;
const PRIORITY_IGNORED = 2;

interface Entry {
  /** null: a trap (never personal), which still takes part in the longest match. */
  kind: string | null;
  term: string;
  script: Script;
  confidence: Confidence;
  /** Bit set over NEED_BIT; 0 = no context needed. */
  needs: number;
  kindIf?: { bit: number; kind: string };
  at?: 'whole' | 'end';
  priority: number;
  /** The term itself names a person (`userId`, `kaiinBangou`, `会員番号`): a thing receiver does not change it. */
  selfPerson?: boolean;
}

interface JaEntry extends Entry {
  /** NFKC, lower-cased text matched inside Japanese chunks. */
  text: string;
}

const GROUP_IDS = Object.keys(CONTEXT_GROUPS) as ContextGroup[];
const NEED_PERSON = 1;
const NEED_JAPANESE = 2;
const GROUP_BIT: Record<ContextGroup, number> = Object.fromEntries(
  GROUP_IDS.map((g, i) => [g, 1 << (i + 2)]),
) as Record<ContextGroup, number>;
const GROUP_MASK = GROUP_IDS.reduce((m, g) => m | GROUP_BIT[g], 0);

/** Own keys only: `constructor` or `toString` are names in code, not kinds. */
function knownKind(id: string): DataKind | undefined {
  return Object.hasOwn(DATA_KINDS, id) ? DATA_KINDS[id] : undefined;
}

function needBits(needs: readonly Need[] | undefined): number {
  let bits = 0;
  for (const n of needs ?? []) {
    bits |= n === 'person' ? NEED_PERSON : n === 'japanese' ? NEED_JAPANESE : GROUP_BIT[n];
  }
  return bits;
}

/** Hoisted helper for makeEntry; the word sets it reads are defined below and filled before any call. */
function termNamesPerson(term: string): boolean {
  if (hasJapanese(term)) return PERSON_JA.some((p) => jaText(term).includes(p));
  return splitWords(term).some((w) => isPersonWord(w, false));
}

const foldCache = new Map<string, string>();
/** foldRomaji per word, memoised: the same few hundred words make up most identifiers. */
function foldWord(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    if (foldCache.size >= 20_000) foldCache.clear();
    f = foldRomaji(word);
    foldCache.set(word, f);
  }
  return f;
}

function spec(s: TermSpec): [string, TermOptions] {
  return typeof s === 'string' ? [s, {}] : [s[0], s[1]];
}

function jaText(term: string): string {
  return term.normalize('NFKC').toLowerCase();
}

function makeEntry(kind: string | null, term: string, script: Script, o: TermOptions, priority: number): Entry {
  const e: Entry = { kind, term, script, confidence: o.c ?? 'high', needs: needBits(o.needs), priority };
  if (o.kindIf) e.kindIf = { bit: GROUP_BIT[o.kindIf.group], kind: o.kindIf.kind };
  if (o.at) e.at = o.at;
  if (kind !== null && termNamesPerson(term)) e.selfPerson = true;
  return e;
}

interface Tables {
  en: Map<string, Entry>;
  romaji: Map<string, Entry>;
  /** extraNames and ignoredNames as word runs, compared unfolded. */
  overrides: Map<string, Entry>;
  ja: JaEntry[];
  maxWords: number;
  /** Longest Latin key (+2 for a plural), so longer word runs are not looked up at all. */
  maxKeyLength: number;
  conflicts: string[];
}

function put(map: Map<string, Entry>, key: string, e: Entry, conflicts: string[]): void {
  const old = map.get(key);
  if (old && old.priority === e.priority && old.kind !== e.kind) {
    conflicts.push(`${key}: ${old.kind ?? 'trap'}(${old.term}) vs ${e.kind ?? 'trap'}(${e.term})`);
    return;
  }
  if (!old || e.priority > old.priority) map.set(key, e); // the first spelling listed stays the reported term
}

function longestKey(t: Tables): number {
  let n = 0;
  for (const m of [t.en, t.romaji, t.overrides]) for (const k of m.keys()) n = Math.max(n, k.length);
  return n + 2;
}

function compileBuiltins(): Tables {
  const t: Tables = { en: new Map(), romaji: new Map(), overrides: new Map(), ja: [], maxWords: 1, maxKeyLength: 0, conflicts: [] };
  const jaSeen = new Map<string, JaEntry>();
  const addJa = (e: Entry, text: string): void => {
    const old = jaSeen.get(text);
    if (old && old.kind !== e.kind) t.conflicts.push(`${text}: ${old.kind ?? 'trap'} vs ${e.kind ?? 'trap'}`);
    if (old) return;
    const je: JaEntry = { ...e, text };
    jaSeen.set(text, je);
    t.ja.push(je);
  };
  for (const [kind, tables] of Object.entries(TERMS)) {
    for (const s of tables.en ?? []) {
      const [term, o] = spec(s);
      const words = splitWords(term);
      t.maxWords = Math.max(t.maxWords, words.length);
      put(t.en, joinKey(words), makeEntry(kind, term, 'en', o, PRIORITY_BUILTIN), t.conflicts);
    }
    for (const s of tables.romaji ?? []) {
      const [term, o] = spec(s);
      const words = splitWords(term);
      t.maxWords = Math.max(t.maxWords, words.length);
      put(t.romaji, joinKey(words.map(foldWord)), makeEntry(kind, term, 'romaji', o, PRIORITY_BUILTIN), t.conflicts);
    }
    for (const s of tables.ja ?? []) {
      const [term, o] = spec(s);
      addJa(makeEntry(kind, term, 'ja', o, PRIORITY_BUILTIN), jaText(term));
    }
  }
  for (const term of NON_PERSON_COMPOUNDS) {
    const words = splitWords(term);
    t.maxWords = Math.max(t.maxWords, words.length);
    put(t.en, joinKey(words), makeEntry(null, term, 'en', {}, PRIORITY_BUILTIN), t.conflicts);
  }
  for (const term of NON_PERSON_COMPOUNDS_ROMAJI) {
    const words = splitWords(term);
    put(t.romaji, joinKey(words.map(foldWord)), makeEntry(null, term, 'romaji', {}, PRIORITY_BUILTIN), t.conflicts);
  }
  for (const term of JA_TRAPS) addJa(makeEntry(null, term, 'ja', {}, PRIORITY_BUILTIN), jaText(term));
  // Longest first, so equal-start matches resolve without sorting per name.
  t.ja.sort((a, b) => b.text.length - a.text.length);
  t.maxKeyLength = longestKey(t);
  return t;
}

/** Conflicting duplicate keys in the built-in tables (the same word run given two kinds). Empty when the data is sound. */
export function findTermConflicts(): string[] {
  return compileBuiltins().conflicts;
}

// ── word sets (shared by every vocabulary) ─────────────────────────────────────────────────────────

const latinSet = (words: readonly string[]): Set<string> => new Set(words.filter((w) => !hasJapanese(w)));
const jaList = (words: readonly string[]): string[] => words.filter(hasJapanese).map(jaText);

const PERSON_LATIN = new Set([...PERSON_WORDS.en]);
const PERSON_ROMAJI = new Set(PERSON_WORDS.romaji.map(foldWord));
const PERSON_JA = PERSON_WORDS.ja.map(jaText);
const HOLDER_ONLY = new Set(PERSON_HOLDER_ONLY_WORDS);
const RECORD_LATIN = new Set(RECORD_SUFFIXES.en);
const RECORD_ROMAJI = new Set(RECORD_SUFFIXES.romaji.map(foldWord));
const RECORD_JA = RECORD_SUFFIXES.ja.map(jaText);
const TRANSPARENT = new Set(TRANSPARENT_RECEIVERS);
const NON_PERSON = new Set(NON_PERSON_WORDS);
const NON_PERSON_ROMAJI = new Set(NON_PERSON_WORDS_ROMAJI.map(foldWord));
const OWNER_LINKS = latinSet(OWNER_LINK_WORDS);
const THING_ATTRIBUTES = new Set(THING_ATTRIBUTE_KINDS);
const THING_RECORD = new Set(THING_RECORD_KINDS);
const ACCOUNT_OWNERS = new Set(ACCOUNT_OWNER_WORDS);
const NEUTRAL = new Set(NEUTRAL_MODIFIERS);
const JA_OWNERS = JA_NON_PERSON_OWNERS.map(jaText);
const JA_NAME_WORDS = jaList(THING_NAME_WORDS);
const LATIN_NAME_WORDS = latinSet(THING_NAME_WORDS);
/** Endings of the text before a Japanese term that make a thing its owner: 店舗, 店舗名 (店舗名フリガナ), 会社の. */
const JA_OWNER_ENDS = JA_NON_PERSON_OWNERS.flatMap((o) => ['', ...jaList(OWNER_LINK_WORDS)].map((l) => jaText(o + l)));
const JA_LABELS = JA_LABEL_MARKERS.map(jaText);
const FLAGS = new Set(FLAG_PREFIXES);
const ACTIONS = new Set(ACTION_PREFIXES);
const GETTERS = new Set(GETTER_PREFIXES);
const SUFFIX_LATIN = latinSet(FIELD_SUFFIXES);
const SUFFIX_JA = jaList(FIELD_SUFFIXES);
const NEUTRAL_LATIN = latinSet(NEUTRALIZING_WORDS);
const NEUTRAL_JA = jaList(NEUTRALIZING_WORDS);
const LOWER_LATIN = latinSet(LOWERING_WORDS);
const LOWER_JA = jaList(LOWERING_WORDS);
const PSEUDO_LATIN = latinSet(PSEUDONYMIZING_WORDS);
const HASH_EXEMPT = new Set(HASH_DOES_NOT_PROTECT);
const DESCRIPTORS = new Set(DESCRIPTOR_RECEIVERS.filter((w) => !hasJapanese(w)));
const DESCRIPTORS_JA = jaList(DESCRIPTOR_RECEIVERS);

const GROUP_LATIN = new Map<string, number>();
const GROUP_JA: Array<[string, number]> = [];
for (const g of GROUP_IDS) {
  for (const w of CONTEXT_GROUPS[g]) {
    if (hasJapanese(w)) GROUP_JA.push([jaText(w), GROUP_BIT[g]]);
    else GROUP_LATIN.set(w, (GROUP_LATIN.get(w) ?? 0) | GROUP_BIT[g]);
  }
}

/** English plural forms tried when a word run is not found as written (`emails`, `addresses`). */
function singulars(key: string): string[] {
  if (key.length < 4 || !key.endsWith('s')) return [];
  const out = [key.slice(0, -1)];
  if (key.endsWith('es')) out.push(key.slice(0, -2));
  return out;
}

function inSetOrSingular(set: ReadonlySet<string>, word: string): boolean {
  return set.has(word) || singulars(word).some((w) => set.has(w));
}

function isPersonWord(word: string, holderOnlyToo: boolean): boolean {
  return (
    inSetOrSingular(PERSON_LATIN, word) ||
    PERSON_ROMAJI.has(foldWord(word)) ||
    (holderOnlyToo && inSetOrSingular(HOLDER_ONLY, word))
  );
}

/** A Latin or romaji word for a thing that owns names, addresses and numbers (`file`, `company`, `kaisha`). */
function isThingWord(word: string): boolean {
  return inSetOrSingular(NON_PERSON, word) || NON_PERSON_ROMAJI.has(foldWord(word));
}

/** A key that holds a thing's name: 店舗名, 施設名称, `storeName`, `shisetsuMei` (a person word wins: 会社担当者名). */
function namesThing(name: string): boolean {
  for (const chunk of japaneseChunks(name)) {
    if (PERSON_JA.some((p) => chunk.includes(p))) return false;
    for (const n of JA_NAME_WORDS) if (chunk.endsWith(n) && JA_OWNERS.some((o) => chunk.slice(0, -n.length).endsWith(o))) return true;
  }
  const words = splitWords(name).filter((w) => !hasJapanese(w));
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  return last !== undefined && prev !== undefined && LATIN_NAME_WORDS.has(last) && isThingWord(prev) && !words.some((w) => isPersonWord(w, true));
}

function groupsOfWords(words: Iterable<string>): number {
  let bits = 0;
  for (const w of words) bits |= GROUP_LATIN.get(w) ?? 0;
  return bits;
}

function groupsOfJa(text: string): number {
  let bits = 0;
  if (text === '') return 0;
  for (const [w, b] of GROUP_JA) if (text.includes(w)) bits |= b;
  return bits;
}

function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

const max = (a: Confidence | null, b: Confidence): Confidence =>
  a === null || CONFIDENCE_RANK[b] > CONFIDENCE_RANK[a] ? b : a;
const min = (a: Confidence, b: Confidence): Confidence => (CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a);
const bump = (c: Confidence): Confidence => (c === 'low' ? 'medium' : 'high');

const isPascalCase = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s);
const isDigits = (s: string): boolean => /^\d+$/.test(s);

/** `users[0]` → `users`, `getUser()` → `getUser`, `user?` → `user`, `'顧客'` → `顧客`. */
function cleanSegment(seg: string): string {
  return seg
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[?!'"`]/g, '')
    .trim();
}

// ── context summaries ──────────────────────────────────────────────────────────────────────────────

interface HolderInfo {
  person: boolean;
  nonPerson: boolean;
  /** The last segment describes fields (`LABELS`, `errors`, `touched`): nothing read from it is a value. */
  descriptor?: boolean;
  groups: number;
}

interface SiblingInfo {
  strong: boolean;
  /** A sibling names a thing (店舗名, 施設名, `storeName`): the record may be a shop's or a facility's. */
  thing: boolean;
  groups: number;
}

const NO_HOLDER: HolderInfo = { person: false, nonPerson: false, groups: 0 };
const DESCRIPTOR_HOLDER: HolderInfo = { person: false, nonPerson: true, descriptor: true, groups: 0 };
const NO_SIBLINGS: SiblingInfo = { strong: false, thing: false, groups: 0 };

/** Tiers whose high-confidence sibling keys show that an object literal is a person record. */
const SIBLING_EVIDENCE_TIERS = new Set(['national-id', 'special-care', 'financial', 'biometric', 'direct-identifier', 'quasi-identifier']);
/** IDs and login names appear in config objects too; they are not enough to call a record personal. */
const SIBLING_EVIDENCE_EXCLUDED_KINDS = new Set(['customerId', 'loginId']);

const CACHE_LIMIT = 50_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

// ── the vocabulary ─────────────────────────────────────────────────────────────────────────────────

interface Candidate {
  start: number;
  end: number;
  entry: Entry;
}

/** Keep candidates not contained in a longer (or equally long, higher-priority) one; traps included. */
function resolveSpans(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || b.entry.priority - a.entry.priority);
  const kept: Candidate[] = [];
  for (const c of cands) {
    if (kept.some((k) => k.start <= c.start && c.end <= k.end)) continue;
    kept.push(c);
  }
  return kept
    .filter((c) => c.entry.kind !== null)
    .sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
}

export function createVocabulary(options: VocabularyOptions = {}): Vocabulary {
  const tables = compileBuiltins();
  const extraWhole = new Map<string, Entry>();
  const ignoredWhole = new Set<string>();
  const jaEntries: JaEntry[] = [...tables.ja];

  for (const [name, kind] of Object.entries(options.extraNames ?? {})) {
    if (knownKind(kind) === undefined) {
      throw new TypeError(`pii-guard: extraNames maps "${name}" to unknown data kind "${kind}"`);
    }
    const entry = makeEntry(kind, name, hasJapanese(name) ? 'ja' : 'en', {}, PRIORITY_EXTRA);
    const words = splitWords(name);
    extraWhole.set(joinKey(words), entry);
    if (hasJapanese(name)) jaEntries.push({ ...entry, text: jaText(name) });
    else {
      tables.maxWords = Math.max(tables.maxWords, words.length);
      put(tables.overrides, joinKey(words), entry, tables.conflicts);
    }
  }
  for (const name of options.ignoredNames ?? []) {
    const words = splitWords(name);
    ignoredWhole.add(joinKey(words));
    const entry = makeEntry(null, name, hasJapanese(name) ? 'ja' : 'en', {}, PRIORITY_IGNORED);
    if (hasJapanese(name)) jaEntries.push({ ...entry, text: jaText(name) });
    else {
      tables.maxWords = Math.max(tables.maxWords, words.length);
      put(tables.overrides, joinKey(words), entry, tables.conflicts);
    }
  }
  jaEntries.sort((a, b) => b.text.length - a.text.length || b.priority - a.priority);
  tables.maxKeyLength = longestKey(tables);

  const nameCache = new Map<string, NameMatch | null>();
  const segmentCache = new Map<string, { transparent: boolean; info: HolderInfo }>();
  const siblingCache = new Map<string, SiblingInfo>();
  const holderCache = new Map<string, boolean>();
  const recordCache = new Map<string, boolean>();

  /** Person-ness of a holder name: its head word (after record suffixes such as Data/Info) is a person word. */
  function headIsPerson(name: string, holderOnlyToo: boolean): boolean {
    const words = splitWords(name);
    while (words.length > 0) {
      const last = words[words.length - 1] as string;
      if (isDigits(last) || inSetOrSingular(RECORD_LATIN, last) || RECORD_ROMAJI.has(foldWord(last))) words.pop();
      else break;
    }
    const head = words[words.length - 1];
    if (head === undefined) return false;
    if (hasJapanese(head)) {
      let chunk = jaText(head);
      for (let stripped = true; stripped; ) {
        stripped = false;
        for (const s of RECORD_JA) {
          if (chunk.length > s.length && chunk.endsWith(s)) {
            chunk = chunk.slice(0, -s.length);
            stripped = true;
          }
        }
      }
      return PERSON_JA.some((p) => chunk.endsWith(p));
    }
    if (isPersonWord(head, holderOnlyToo)) return true;
    const prev = words[words.length - 2];
    return prev !== undefined && isPersonWord(prev + head, holderOnlyToo);
  }

  function isPersonHolder(name: string): boolean {
    const hit = holderCache.get(name);
    if (hit !== undefined) return hit;
    const cleaned = cleanSegment(name);
    const key = joinKey(splitWords(cleaned));
    let result: boolean;
    if (ignoredWhole.has(key)) result = false;
    else if (extraWhole.get(key)?.kind === PERSONAL_RECORD_KIND) result = true;
    else result = headIsPerson(cleaned, true);
    return remember(holderCache, name, result);
  }

  function isPersonRecordName(name: string): boolean {
    const hit = recordCache.get(name);
    if (hit !== undefined) return hit;
    const words = splitWords(name);
    const key = joinKey(words);
    let result: boolean;
    if (ignoredWhole.has(key)) result = false;
    else if (extraWhole.get(key)?.kind === PERSONAL_RECORD_KIND) result = true;
    else if (isPascalCase(name)) result = false; // a class, type or component, not a value
    else if (/_/.test(name) && !/\p{Ll}/u.test(name)) result = false; // SMTP_USER: a constant, not a record
    else {
      const first = words[0] ?? '';
      const prefixed = words.length > 1 && (FLAGS.has(first) || ACTIONS.has(first) || GETTERS.has(first));
      // smtpUser, dbUser: the user of a system is an account name, not a person record
      const owned = words.length > 1 && ACCOUNT_OWNERS.has(words[words.length - 2] as string);
      result = !prefixed && !owned && headIsPerson(name, false);
    }
    return remember(recordCache, name, result);
  }

  function segmentInfo(seg: string): { transparent: boolean; info: HolderInfo } {
    const hit = segmentCache.get(seg);
    if (hit) return hit;
    const cleaned = cleanSegment(seg);
    const words = splitWords(cleaned);
    const latin = words.filter((w) => !hasJapanese(w));
    const transparent = words.length > 0 && words.every((w) => TRANSPARENT.has(w));
    const person = !isPascalCase(cleaned) && isPersonHolder(cleaned);
    const head = latin[latin.length - 1];
    const nonPerson = isPascalCase(cleaned) || (!person && head !== undefined && isThingWord(head));
    // the whole segment too: `koukiKourei` is one word of the insurance group written in two
    let groups = groupsOfWords(latin) | (latin.length > 1 ? groupsOfWords([joinKey(latin)]) : 0);
    const chunks = japaneseChunks(cleaned);
    for (const chunk of chunks) groups |= groupsOfJa(chunk);
    const descriptor =
      (latin.length > 0 && DESCRIPTORS.has(latin[latin.length - 1] as string)) ||
      chunks.some((c) => DESCRIPTORS_JA.some((d) => c.endsWith(d)));
    return remember(segmentCache, seg, { transparent, info: { person, nonPerson, descriptor, groups } });
  }

  function receiverInfo(receiver: readonly string[] | undefined): HolderInfo {
    if (!receiver || receiver.length === 0) return NO_HOLDER;
    let groups = 0;
    let holder: HolderInfo | undefined;
    if (segmentInfo(receiver[receiver.length - 1] as string).info.descriptor) return DESCRIPTOR_HOLDER;
    for (let i = receiver.length - 1; i >= 0; i--) {
      const { transparent, info } = segmentInfo(receiver[i] as string);
      groups |= info.groups;
      if (!holder && !transparent) holder = info;
    }
    return { person: holder?.person ?? false, nonPerson: holder?.nonPerson ?? false, groups };
  }

  function siblingInfo(siblings: readonly string[] | undefined, self: string): SiblingInfo {
    if (!siblings || siblings.length === 0) return NO_SIBLINGS;
    let strong = false;
    let thing = false;
    let groups = 0;
    for (const sib of siblings) {
      if (sib === self) continue;
      let info = siblingCache.get(sib);
      if (!info) {
        const m = classifyWith(sib, 'key', NO_HOLDER, NO_SIBLINGS, false);
        const k = m ? knownKind(m.kind) : undefined;
        const isStrong =
          m !== null &&
          m.confidence === 'high' &&
          k !== undefined &&
          SIBLING_EVIDENCE_TIERS.has(k.tier) &&
          !SIBLING_EVIDENCE_EXCLUDED_KINDS.has(k.id);
        let g = groupsOfWords(splitWords(sib));
        for (const chunk of japaneseChunks(sib)) g |= groupsOfJa(chunk);
        info = remember(siblingCache, sib, { strong: isStrong, thing: namesThing(sib), groups: g });
      }
      strong ||= info.strong;
      thing ||= info.thing;
      groups |= info.groups;
    }
    return { strong, thing, groups };
  }

  interface Evidence {
    ownPerson: boolean;
    ownerNonPerson: boolean;
    ownGroups: number;
    /** A non-neutral word qualifies the term (`petName`): the receiver and siblings no longer vouch for a person. */
    modified: boolean;
  }

  /** The context rules of digest §6.3 applied to one matched term. */
  function decide(entry: Entry, ev: Evidence, recv: HolderInfo, sib: SiblingInfo, jp: boolean): NameMatch | null {
    const kindId = entry.kind as string;
    const personal = knownKind(kindId)?.tier !== 'credential';
    let conf = entry.confidence;
    const gated = entry.needs !== 0;
    let downgraded = false;
    if (personal && (ev.ownerNonPerson || (recv.nonPerson && !ev.ownPerson && !entry.selfPerson))) {
      // file.name, server.address, storeName: context-dependent and weak terms are not personal here;
      // a strong term (company.email) may still be, but less surely. A thing named in the name itself owns
      // its address and its name's reading (店舗住所, 商品名フリガナ); a thing receiver does not (event.record.住所).
      if (gated || conf !== 'high' || (ev.ownerNonPerson && THING_ATTRIBUTES.has(kindId))) return null;
      conf = 'medium';
      downgraded = true;
    }
    const groups = ev.ownGroups | recv.groups;
    const recvPerson = recv.person && !ev.modified;
    const sibStrong = sib.strong && !ev.modified;
    // { 店舗名, 住所, 電話番号 }: a shop's or facility's master record, unless something says person
    if (THING_RECORD.has(kindId) && sib.thing && !sib.strong && !recv.person && !ev.ownPerson) return null;
    if (gated) {
      let best: Confidence | null = null;
      if (entry.needs & NEED_PERSON) {
        if (recvPerson || ev.ownPerson) best = max(best, conf);
        else if (sibStrong) best = max(best, min(conf, 'medium'));
      }
      if (entry.needs & NEED_JAPANESE && jp) best = max(best, min(conf, 'medium'));
      const wanted = entry.needs & GROUP_MASK;
      if (wanted) {
        if (groups & wanted) best = max(best, conf);
        else if (sib.groups & wanted) best = max(best, min(conf, 'medium'));
      }
      if (best === null) return null;
      conf = best;
    } else if (personal && !downgraded && conf !== 'high') {
      // Weak words (tel, age, mail, sei/mei) become sure on a person: user.tel, kokyakuMei.
      if (recvPerson || ev.ownPerson) conf = 'high';
      else if (sibStrong) conf = bump(conf);
    }
    let kind = kindId;
    if (entry.kindIf && (groups | sib.groups) & entry.kindIf.bit) kind = entry.kindIf.kind;
    return { kind, term: entry.term, confidence: conf, script: entry.script };
  }

  function lookupWords(key: string, foldedKey: string, start: number, end: number, out: Candidate[]): void {
    const o = tables.overrides.get(key);
    if (o) out.push({ start, end, entry: o });
    let e = tables.en.get(key);
    if (!e) for (const s of singulars(key)) if ((e = tables.en.get(s))) break;
    if (e) out.push({ start, end, entry: e });
    const r = tables.romaji.get(foldedKey);
    if (r) out.push({ start, end, entry: r });
  }

  function classifyWith(name: string, role: NameRole, recv: HolderInfo, sib: SiblingInfo, jp: boolean): NameMatch | null {
    const m = classifyTerms(name, role, recv, sib, jp);
    if (m === null || recv.descriptor) return null;
    if (!HASH_EXEMPT.has(m.kind)) {
      const words = splitWords(name);
      if (words.some((w) => PSEUDO_LATIN.has(w))) return null;
      if (m.confidence !== 'low' && hasLoweringWord(name, words)) return { ...m, confidence: 'low' };
    }
    return m;
  }

  function hasLoweringWord(name: string, words: readonly string[]): boolean {
    return words.some((w) => LOWER_LATIN.has(w)) || japaneseChunks(name).some((c) => includesAny(c, LOWER_JA));
  }

  function classifyTerms(name: string, role: NameRole, recv: HolderInfo, sib: SiblingInfo, jp: boolean): NameMatch | null {
    const exact = Object.hasOwn(EXACT_NAMES, name) ? EXACT_NAMES[name] : undefined;
    if (exact !== undefined) {
      return ignoredWhole.has(joinKey(splitWords(name))) ? null : { kind: exact, term: name, confidence: 'high', script: 'en' };
    }
    const tokens = splitWords(name);
    if (tokens.length === 0) return null;
    const whole = joinKey(tokens);
    if (ignoredWhole.has(whole)) return null;
    const extra = extraWhole.get(whole);
    if (extra) return { kind: extra.kind as string, term: extra.term, confidence: 'high', script: extra.script };

    const isJa = tokens.map(hasJapanese);
    const chunks = japaneseChunks(name);
    const latin = tokens.filter((_, i) => !isJa[i]);

    // A value that went through protection is not the raw value (maskedEmail, emailEncrypted, cardLast4).
    for (let i = 0; i < latin.length; i++) {
      const w = latin[i] as string;
      if (NEUTRAL_LATIN.has(w) || NEUTRAL_LATIN.has(w + (latin[i + 1] ?? ''))) return null;
    }
    if (chunks.some((c) => includesAny(c, NEUTRAL_JA))) return null;

    const first = tokens[0] as string;
    const prefixKills =
      tokens.length > 1 && (FLAGS.has(first) || ACTIONS.has(first) || (role !== 'method' && GETTERS.has(first)));

    const latinPersonAt = tokens.map((w, i) => !isJa[i] && isPersonWord(w, true));
    const chunkPerson = chunks.some((c) => PERSON_JA.some((p) => c.includes(p)));
    let chunkGroups = 0;
    for (const c of chunks) chunkGroups |= groupsOfJa(c);

    // Latin and romaji: every run of whole words.
    let latinResult: NameMatch | null = null;
    const cands: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (isJa[i]) continue;
      let key = '';
      let foldedKey = '';
      for (let j = i; j < tokens.length && j < i + tables.maxWords && !isJa[j]; j++) {
        key += tokens[j];
        if (key.length > tables.maxKeyLength) break;
        foldedKey += foldWord(tokens[j] as string);
        lookupWords(key, foldedKey, i, j + 1, cands);
      }
    }
    for (const c of resolveSpans(cands)) {
      if (prefixKills && c.start > 0) continue;
      if (c.entry.at === 'whole' && (c.start !== 0 || c.end !== tokens.length)) continue;
      if (c.entry.at === 'end' && c.end !== tokens.length) continue;
      const after = tokens.slice(c.end);
      if (after.some((w) => SUFFIX_LATIN.has(w) || (hasJapanese(w) && SUFFIX_JA.some((s) => w.startsWith(s))))) continue;
      let k = c.start - 1;
      while (k >= 0 && isDigits(tokens[k] as string)) k--;
      const prev = k >= 0 ? (tokens[k] as string) : undefined;
      // the owner may stand before a link word: shouhinMeiKana, productNameKana, kaishaNoJusho
      let o = k;
      while (o > 0 && OWNER_LINKS.has(tokens[o] as string)) o--;
      const owner = o >= 0 ? (tokens[o] as string) : undefined;
      const ownerNonPerson = owner !== undefined && !isJa[o] && isThingWord(owner);
      const modified = prev !== undefined && !NEUTRAL.has(prev) && !GETTERS.has(prev) && !(latinPersonAt[k] as boolean);
      let ownPerson = chunkPerson;
      let ownGroups = chunkGroups;
      for (let i = 0; i < tokens.length; i++) {
        if (i >= c.start && i < c.end) continue;
        ownPerson ||= latinPersonAt[i] as boolean;
        if (!isJa[i]) ownGroups |= GROUP_LATIN.get(tokens[i] as string) ?? 0;
      }
      latinResult = decide(c.entry, { ownPerson, ownerNonPerson, ownGroups, modified }, recv, sib, jp);
      if (latinResult) break;
    }

    // Japanese script: substrings of each chunk, right-most chunk first.
    let jaResult: NameMatch | null = null;
    if (chunks.length > 0 && !(prefixKills && !hasJapanese(first))) {
      const latinPerson = latinPersonAt.some(Boolean);
      const latinGroups = groupsOfWords(latin);
      // The head chunk decides; a further chunk only raises the confidence of the same kind
      // (電話番号（携帯）: 携帯 is medium, 電話番号 high), a different kind there is a modifier (氏名（カナ）).
      for (let ci = chunks.length - 1; ci >= 0 && jaResult?.confidence !== 'high'; ci--) {
        const chunk = chunks[ci] as string;
        if (includesAny(chunk, JA_LABELS)) continue;
        const jc: Candidate[] = [];
        for (const e of jaEntries) {
          for (let at = chunk.indexOf(e.text); at >= 0; at = chunk.indexOf(e.text, at + 1)) {
            jc.push({ start: at, end: at + e.text.length, entry: e });
          }
        }
        for (const re of JA_TRAP_PATTERNS) {
          for (const m of chunk.matchAll(re)) {
            jc.push({ start: m.index, end: m.index + m[0].length, entry: makeEntry(null, m[0], 'ja', {}, PRIORITY_BUILTIN) });
          }
        }
        let found: NameMatch | null = null;
        for (const c of resolveSpans(jc)) {
          const rest = chunk.slice(c.end);
          if (c.entry.at === 'whole' && (c.start !== 0 || rest !== '')) continue;
          if (c.entry.at === 'end' && !/^\d*$/.test(rest)) continue;
          if (SUFFIX_JA.some((s) => rest.startsWith(s))) continue;
          const before = chunk.slice(0, c.start);
          const outside = `${before}\u0000${rest}`;
          const otherChunks = chunks.filter((_, i) => i !== ci);
          const ownPerson =
            latinPerson || PERSON_JA.some((p) => outside.includes(p)) || otherChunks.some((o) => PERSON_JA.some((p) => o.includes(p)));
          let ownGroups = latinGroups | groupsOfJa(outside);
          for (const o of otherChunks) ownGroups |= groupsOfJa(o);
          const ownerNonPerson = before !== '' && JA_OWNER_ENDS.some((o) => before.endsWith(o));
          const modified = before !== '' && !PERSON_JA.some((p) => before.endsWith(p)) && !/^[\dお御ご]+$/.test(before);
          found = decide(c.entry, { ownPerson, ownerNonPerson, ownGroups, modified }, recv, sib, jp);
          if (found) break;
        }
        if (!found) continue;
        if (!jaResult) jaResult = found;
        else {
          if (found.kind === jaResult.kind && CONFIDENCE_RANK[found.confidence] > CONFIDENCE_RANK[jaResult.confidence]) jaResult = found;
          break;
        }
      }
    }

    if (latinResult && jaResult) {
      return CONFIDENCE_RANK[jaResult.confidence] > CONFIDENCE_RANK[latinResult.confidence] ? jaResult : latinResult;
    }
    return latinResult ?? jaResult;
  }

  function classifyName(name: string, ctx: NameContext): NameMatch | null {
    const recv = receiverInfo(ctx.receiver);
    const sib = siblingInfo(ctx.siblings, name);
    const jp = ctx.japaneseContext === true;
    const key = `${ctx.role}\u0001${recv.descriptor ? 'd' : recv.person ? 'p' : recv.nonPerson ? 'n' : '-'}${recv.groups}\u0001${sib.strong ? 's' : '-'}${sib.thing ? 't' : '-'}${sib.groups}\u0001${jp ? 'j' : '-'}\u0001${name}`;
    const hit = nameCache.get(key);
    if (hit !== undefined) return hit;
    return remember(nameCache, key, classifyWith(name, ctx.role, recv, sib, jp));
  }

  return {
    classifyName,
    isPersonHolder,
    isPersonRecordName,
    kind: knownKind,
  };
}
