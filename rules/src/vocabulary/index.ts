/** The personal-data vocabulary: kinds, terms, name classification and value checks. */
export * from './types.js';
export { DATA_KINDS, PERSONAL_RECORD_KIND } from './kinds.js';
export * from './terms.js';
export { splitWords, japaneseChunks, foldRomaji, joinKey, hasJapanese } from './tokenize.js';
export { createVocabulary, findTermConflicts, type Vocabulary, type VocabularyOptions } from './classify.js';
export {
  findValues,
  luhnValid,
  myNumberCheckDigitValid,
  corporateNumberValid,
  normalizeWidth,
  type ValueContext,
} from './values.js';
