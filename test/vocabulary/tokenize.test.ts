import { describe, expect, it } from 'vitest';
import { foldRomaji, hasJapanese, japaneseChunks, joinKey, splitWords } from '../../rules/src/vocabulary/tokenize.js';

describe('splitWords', () => {
  const cases: Array<[string, string[]]> = [
    // camelCase / PascalCase
    ['email', ['email']],
    ['userEmailAddress', ['user', 'email', 'address']],
    ['UserEmailAddress', ['user', 'email', 'address']],
    ['customerPhoneNumber', ['customer', 'phone', 'number']],
    ['myNumber', ['my', 'number']],
    ['eMail', ['e', 'mail']],
    ['iPhone', ['i', 'phone']],
    // acronyms
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['IPAddress', ['ip', 'address']],
    ['userID', ['user', 'id']],
    ['JSZip', ['js', 'zip']],
    ['URL', ['url']],
    ['HTTPServer', ['http', 'server']],
    // snake / kebab / SCREAMING / $ / dots / spaces
    ['user_email', ['user', 'email']],
    ['USER_EMAIL', ['user', 'email']],
    ['user-email', ['user', 'email']],
    ['$user', ['user']],
    ['__proto__', ['proto']],
    ['user.email', ['user', 'email']],
    ['first name', ['first', 'name']],
    ['_ga', ['ga']],
    // digits
    ['address1', ['address', '1']],
    ['addressLine2', ['address', 'line', '2']],
    ['cvv2', ['cvv', '2']],
    ['ipv4Address', ['ipv', '4', 'address']],
    ['card4242', ['card', '4242']],
    ['cardLast4', ['card', 'last', '4']],
    // full-width → half-width (NFKC), full-width separators
    ['ｕｓｅｒＥｍａｉｌ', ['user', 'email']],
    ['ＵＳＥＲ＿ＮＡＭＥ', ['user', 'name']],
    ['user（email）', ['user', 'email']],
    ['ｔｅｌ１', ['tel', '1']],
    // Japanese runs stay whole
    ['氏名', ['氏名']],
    ['お客様氏名', ['お客様氏名']],
    ['お客様＿氏名', ['お客様', '氏名']],
    ['user氏名', ['user', '氏名']],
    ['IPアドレス', ['ip', 'アドレス']],
    ['電話番号を入力してください', ['電話番号を入力してください']],
    ['記号・番号', ['記号・番号']],
    ['ﾌﾘｶﾞﾅ', ['フリガナ']],
    ['会員3名', ['会員', '3', '名']],
    ['〒', ['〒']],
    ['メールアドレス', ['メールアドレス']],
    // accented Latin is Latin
    ['prénom', ['prénom']],
    // nothing to split
    ['', []],
    ['___', []],
  ];
  it.each(cases)('%s → %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('japaneseChunks', () => {
  const cases: Array<[string, string[]]> = [
    ['氏名', ['氏名']],
    ['IPアドレス', ['ipアドレス']],
    ['Ｅメール', ['eメール']],
    ['会員3名', ['会員3名']],
    ['user_氏名', ['氏名']],
    ['お客様＿氏名', ['お客様', '氏名']],
    ['record.氏名.value', ['氏名']],
    ['email', []],
    ['ﾒｰﾙ', ['メール']],
  ];
  it.each(cases)('%s → %j', (name, chunks) => {
    expect(japaneseChunks(name)).toEqual(chunks);
  });
});

describe('foldRomaji', () => {
  const cases: Array<[string, string]> = [
    ['bangou', 'bango'],
    ['bango', 'bango'],
    ['juusho', 'jusho'],
    ['jusho', 'jusho'],
    ['jyusho', 'jusho'],
    ['jyuusho', 'jusho'],
    ['juusyo', 'jusho'],
    ['mainanbaa', 'mainanba'],
    ['tanjoubi', 'tanjobi'],
    ['kouza', 'koza'],
    ['hurigana', 'furigana'],
    ['shuukyou', 'shukyo'],
    ['tiiki', 'chiki'],
    ['kioureki', 'kioreki'],
    ['kiooreki', 'kioreki'],
    ['seimei', 'seimei'],
  ];
  it.each(cases)('%s → %s', (word, folded) => {
    expect(foldRomaji(word)).toBe(folded);
  });
});

describe('helpers', () => {
  it('joinKey joins words without separators', () => {
    expect(joinKey(['mail', 'address'])).toBe('mailaddress');
    expect(joinKey([])).toBe('');
  });
  it('hasJapanese sees kana, kanji and the long-vowel mark', () => {
    expect(hasJapanese('氏名')).toBe(true);
    expect(hasJapanese('メール')).toBe(true);
    expect(hasJapanese('ー')).toBe(true);
    expect(hasJapanese('email')).toBe(false);
    expect(hasJapanese('prénom')).toBe(false);
  });
});
