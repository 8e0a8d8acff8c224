/**
 * Issue 6, "Personal data named in Japanese": kanji/kana keys, full-width forms, romaji as written in
 * Japanese code (Hepburn, wāpuro, Kunrei, long vowels doubled, dropped or with a macron), medical and
 * insurance field names, and Japanese values (full-width phone numbers, postal codes with or without 〒).
 * Table-driven: each row is one name (or value) and its exact expected result.
 */
import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../rules/src/vocabulary/classify.js';
import { foldRomaji } from '../../rules/src/vocabulary/tokenize.js';
import { findValues, normalizeWidth } from '../../rules/src/vocabulary/values.js';
import type { Confidence, NameContext, NameRole } from '../../rules/src/vocabulary/types.js';

const v = createVocabulary();

type Ctx = Partial<NameContext>;
/** [name, expected kind or null, expected confidence (checked when given), context] */
type Row = [name: string, kind: string | null, confidence?: Confidence, ctx?: Ctx];

function check([name, kind, confidence, ctx]: Row): void {
  const m = v.classifyName(name, { role: 'identifier', ...ctx });
  expect(m?.kind ?? null).toBe(kind);
  if (confidence !== undefined) expect(m?.confidence).toBe(confidence);
}

/** Where keys appear in code: `data['電話番号']`, `row.フリガナ`, `{ 氏名: v }`, `const { 住所 } = r`, `record['…'].value`. */
const prop = (...receiver: string[]): Ctx => ({ role: 'property', receiver });
const key: Ctx = { role: 'key' };
/** `event.record['顧客名'].value`: `record` only wraps, and `event` is a thing (an event's name is not a person's). */
const kintoneField = prop('event', 'record');

describe('kanji and kana keys → their kinds', () => {
  const rows: Row[] = [
    // the compounds the issue names
    ['お客様名', 'fullName', 'high'],
    ['契約者名', 'fullName', 'high'],
    ['保護者氏名', 'fullName', 'high'],
    ['担当者名', 'fullName', 'high'], // an employee is a person too
    ['本名', 'fullName', 'high'],
    ['ニックネーム', 'fullName', 'medium'],
    ['住所', 'address', 'high'],
    ['郵便番号', 'postalCode', 'high'],
    ['生年月日', 'birthDate', 'high'],
    ['年齢', 'age', 'high'],
    ['性別', 'gender', 'high'],
    ['メールアドレス', 'email', 'high'],
    ['口座番号', 'bankAccount', 'high'],
    ['保険証', 'healthInsuranceNumber', 'high'],
    ['受給者番号', 'healthInsuranceNumber', 'high'],
    // the same names in every place keys appear
    ['電話番号', 'phone', 'high', prop('data')],
    ['フリガナ', 'nameKana', 'high', prop('row')],
    ['氏名', 'fullName', 'high', key],
    ['住所', 'address', 'high', { role: 'identifier' }],
    ['顧客名', 'fullName', 'high', kintoneField],
    ['生年月日', 'birthDate', 'high', prop('record')],
    ['生年月日', 'birthDate', 'medium', kintoneField], // a strong term on a thing receiver drops to medium
    ['本名', 'fullName', 'high', prop('p')],
    ['ニックネーム', 'fullName', 'high', prop('会員')],
    // honorific and polite forms used as form headers and field codes
    ['お名前', 'fullName', 'high'],
    ['ご住所', 'address', 'high'],
    ['お電話番号', 'phone', 'high'],
    ['ご連絡先', 'phone', 'medium'],
    ['お誕生日', 'birthDate', 'high'],
    ['ご年齢', 'age', 'high'],
    ['お名前（必須）', 'fullName', 'high'], // a Google Forms question title is the key of the answer
    // other everyday spellings
    ['年令', 'age', 'high'],
    ['姓', 'fullName', 'medium'],
    ['名', 'fullName', 'high', prop('顧客')],
    ['ふりがな', 'nameKana', 'high'],
    ['セイ', 'nameKana', 'low'],
    ['氏名カナ', 'nameKana', 'high'],
    ['現住所', 'address', 'high'],
    ['住所1', 'address', 'high'],
    ['住所２', 'address', 'high'],
    ['携帯電話番号', 'phone', 'high'],
    ['携帯', 'phone', 'medium'],
    ['口座名義', 'bankAccount', 'high'],
    ['被保険者番号', 'healthInsuranceNumber', 'high'],
    ['被保険者記号', 'healthInsuranceNumber', 'high'],
    ['被保険者証', 'healthInsuranceNumber', 'high'],
    ['記号番号', 'healthInsuranceNumber', 'medium'],
    ['記号・番号', 'healthInsuranceNumber', 'medium'],
    ['公費受給者番号', 'healthInsuranceNumber', 'high'],
    ['受給者名', 'fullName', 'high'], // a 公費 recipient is a person
    ['jukyushaMei', 'fullName', 'high'],
    ['受給者証', 'healthInsuranceNumber', 'high'],
    ['受給者証番号', 'healthInsuranceNumber', 'high'],
    ['枝番', 'healthInsuranceNumber', 'medium', { role: 'key', siblings: ['被保険者記号', '被保険者番号', '枝番'] }],
    ['記号', 'healthInsuranceNumber', 'medium', prop('保険証')],
    ['〒', 'postalCode', 'high'],
    ['マイナンバー', 'myNumber', 'high'],
  ];
  it.each(rows)('%s → %s', (...row) => check(row));
});

describe('full-width characters and separators (NFKC before matching)', () => {
  const rows: Row[] = [
    ['文字列＿氏名', 'fullName', 'high'], // a kintone field code with a full-width underscore
    ['文字列_氏名', 'fullName', 'high'],
    ['電話番号（携帯）', 'phone', 'high'],
    ['電話番号(自宅)', 'phone', 'high'],
    ['ＴＥＬ', 'phone', 'medium'],
    ['ＴＥＬ', 'phone', 'high', prop('顧客')],
    ['ＦＡＸ番号', 'phone', 'high'],
    ['Ｅメール', 'email', 'high'],
    ['ﾌﾘｶﾞﾅ', 'nameKana', 'high'], // half-width katakana
    ['ﾒｰﾙｱﾄﾞﾚｽ', 'email', 'high'],
    ['〒番号', 'postalCode', 'high'],
    ['郵便番号（ハイフンなし）', 'postalCode', 'high'],
    ['氏名（漢字）', 'fullName', 'high'],
    ['氏名（カナ）', 'nameKana', 'medium'],
    ['メールアドレス（確認用）', 'email', 'high'], // the confirmation field holds the address again
    ['ｍａｉｌ＿ａｄｄｒｅｓｓ', 'email', 'high'],
    ['ｊｕｓｈｏ', 'address', 'high'],
  ];
  it.each(rows)('%s → %s', (...row) => check(row));
});

describe('Japanese traps stay null', () => {
  const rows: Row[] = [
    // names of things
    ['店舗名', null],
    ['会社名', null],
    ['施設名', null],
    ['商品名', null],
    ['ファイル名', null],
    ['シート名', null],
    ['品名', null],
    ['型式', null],
    ['顧客会社名', null],
    ['名前空間', null],
    ['会員名簿', null], // a roster is a record, not a name (see isPersonRecordName)
    ['表示名', null],
    // the reading of a thing's name
    ['商品名フリガナ', null],
    ['会社名カナ', null],
    ['店舗名ふりがな', null],
    // counts
    ['3名', null],
    ['３名', null],
    ['10件', null],
    ['申込件数', null],
    ['氏名件数', null],
    ['メールアドレス件数', null],
    ['会員数', null],
    // labels and messages that only mention a field
    ['電話番号を入力してください', null],
    ['氏名は必須です', null],
    ['メールアドレスの形式が正しくありません', null],
    ['郵便番号を確認してください', null],
    ['電話番号ラベル', null],
    ['氏名欄', null],
    ['住所入力欄', null],
    ['氏名列', null],
    ['生年月日チェック', null],
    ['電話番号', null, undefined, prop('LABELS')],
    ['氏名', null, undefined, prop('ラベル')],
    // phone words that are not a person's number
    ['電話受付', null],
    ['電話受付時間', null],
    ['代表電話', null],
    // the insurer's and the payer's numbers identify organisations (digest §6.2, healthInsuranceNumber)
    ['保険者番号', null],
    ['公費負担者番号', null],
    ['負担者番号', null],
    ['記号', null],
    ['枝番', null],
  ];
  it.each(rows)('%s → null', (...row) => check(row));
});

describe('things: a thing named in the name or in a sibling key owns the address; on a thing receiver strong terms fall to medium', () => {
  const rows: Row[] = [
    ['店舗住所', null],
    ['会社住所', null],
    ['施設の住所', null],
    ['本社郵便番号', null],
    ['tenpoJusho', null],
    ['kaishaNoJusho', null],
    ['storeZipCode', null],
    ['productNameKana', null],
    // e-mail and phone owned by a company may be an employee's work contact: medium, as in English (companyEmail)
    ['会社電話番号', 'phone', 'medium'],
    ['会社メールアドレス', 'email', 'medium'],
    ['住所', 'address', 'medium', prop('company')],
    ['jusho', 'address', 'medium', prop('tenpo')],
    // a person word wins over the thing
    ['会社担当者氏名', 'fullName', 'high'],
    ['tantoushaMei', 'fullName', 'high', prop('kaisha')],
    // a record that names a thing holds the thing's location, unless a sibling is personal
    ['住所', null, undefined, { role: 'key', siblings: ['店舗名', '住所', '営業時間'] }],
    ['旧住所', null, undefined, { role: 'key', siblings: ['店舗名', '旧住所', '店舗住所', '代表電話'] }],
    ['郵便番号', null, undefined, { role: 'key', siblings: ['施設名称', '郵便番号'] }],
    ['jusho', null, undefined, { role: 'key', siblings: ['shisetsuMei', 'jusho'] }],
    ['住所', 'address', 'high', { role: 'key', siblings: ['会社名', '担当者名', '住所'] }],
    ['住所', 'address', 'high', { role: 'key', siblings: ['店舗名', '氏名', '住所'] }],
    ['住所', 'address', 'high', { role: 'property', receiver: ['顧客'], siblings: ['店舗名', '住所'] }],
    ['氏名', 'fullName', 'high', { role: 'key', siblings: ['店舗名', '氏名'] }], // a booking: the name is the customer's
    ['電話番号', 'phone', 'high', { role: 'key', siblings: ['店舗名', '電話番号'] }],
    // kintone's default field codes say nothing about the data
    ['文字列__1行_', null],
    ['文字列__1行__0', null],
    ['ドロップダウン_0', null],
  ];
  it.each(rows)('%s → %s', (...row) => check(row));
});

describe('romaji: Hepburn, wāpuro and Kunrei spellings, long vowels doubled, dropped or with a macron', () => {
  const rows: Row[] = [
    // 番号
    ['denwaBango', 'phone', 'high'],
    ['denwaBangou', 'phone', 'high'],
    ['denwaBangō', 'phone', 'high'],
    ['DENWA_BANGO', 'phone', 'high'],
    ['denwa_bangou', 'phone', 'high'],
    ['denwa', 'phone', 'high'],
    ['denwaNo', 'phone', 'high'],
    ['keitaiBangou', 'phone', 'high'],
    ['tel', 'phone', 'medium'],
    ['tel', 'phone', 'high', prop('kokyaku')],
    ['telNo', 'phone', 'high'],
    ['TEL_NO', 'phone', 'high'],
    // 住所
    ['jusho', 'address', 'high'],
    ['juusho', 'address', 'high'],
    ['jyusho', 'address', 'high'],
    ['juusyo', 'address', 'high'],
    ['jyuusyo', 'address', 'high'],
    ['jūsho', 'address', 'high'],
    ['genjuusho', 'address', 'high'],
    ['kokyakuJusho', 'address', 'high'],
    // 氏名, 名前, フリガナ
    ['shimei', 'fullName', 'high'],
    ['simei', 'fullName', 'high'],
    ['namae', 'fullName', 'high'],
    ['onamae', 'fullName', 'high'],
    ['honmyou', 'fullName', 'high'],
    ['honmyo', 'fullName', 'high'],
    ['kokyakuMei', 'fullName', 'high'],
    ['mei', 'fullName', 'low'], // 名 alone: weak, but still a name (digest §6.2: sei/mei low)
    ['furigana', 'nameKana', 'high'],
    ['hurigana', 'nameKana', 'high'],
    ['kana', 'nameKana', 'medium'],
    ['shimeiKana', 'nameKana', 'high'],
    ['seiKana', 'nameKana', 'high'],
    // 生年月日, 誕生日
    ['seinengappi', 'birthDate', 'high'],
    ['seinenGappi', 'birthDate', 'high'],
    ['tanjoubi', 'birthDate', 'high'],
    ['tanjobi', 'birthDate', 'high'],
    ['tanjyoubi', 'birthDate', 'high'],
    ['tanjōbi', 'birthDate', 'high'],
    // 郵便番号
    ['yuubin', 'postalCode', 'medium'],
    ['yubin', 'postalCode', 'medium'],
    ['yuubinBangou', 'postalCode', 'high'],
    ['yubin_bango', 'postalCode', 'high'],
    ['yuubin_no', 'postalCode', 'high'],
    ['yūbinBangō', 'postalCode', 'high'],
    // 口座
    ['koza', 'bankAccount', 'medium'],
    ['kouza', 'bankAccount', 'medium'],
    ['kozaBango', 'bankAccount', 'high'],
    ['kouzaBangou', 'bankAccount', 'high'],
    ['kouza_meigi', 'bankAccount', 'high'],
    // others of the digest's romaji column
    ['nenrei', 'age', 'high'],
    ['seibetsu', 'gender', 'high'],
    ['meeruAdoresu', 'email', 'high'],
    ['meado', 'email', 'high'],
    ['kojinBangou', 'myNumber', 'high'],
    ['mainanbā', 'myNumber', 'high'],
  ];
  it.each(rows)('%s → %s', (...row) => check(row));

  it('folds macrons and circumflexes like doubled vowels', () => {
    expect(foldRomaji('bangō')).toBe(foldRomaji('bangou'));
    expect(foldRomaji('jūsho')).toBe(foldRomaji('juusho'));
    expect(foldRomaji('mainanbā')).toBe(foldRomaji('mainanbaa'));
    expect(foldRomaji('bangô')).toBe(foldRomaji('bango'));
    expect(foldRomaji('yûbin')).toBe(foldRomaji('yuubin'));
  });
});

describe('romaji look-alikes stay null', () => {
  const rows: Row[] = [
    ['denwaUketsuke', null],
    ['denwaUketsukeJikan', null],
    ['bangou', null],
    ['kana', null, undefined, prop('shouhin')],
    ['shouhinMeiKana', null],
    ['kaishaMei', null],
    ['tenpoMei', null],
  ];
  it.each(rows)('%s → null', (...row) => check(row));
});

describe('medical and insurance: the insured person’s numbers vs the insurer’s (digest §6.2)', () => {
  const insured: Row[] = [
    ['hihokenshaBangou', 'healthInsuranceNumber', 'high'],
    ['hihokenshaBango', 'healthInsuranceNumber', 'high'],
    ['hihokensha_bangou', 'healthInsuranceNumber', 'high'],
    ['HIHOKENSHA_NO', 'healthInsuranceNumber', 'high'],
    ['hihokenshaKigou', 'healthInsuranceNumber', 'high'],
    ['hihokenshaKigo', 'healthInsuranceNumber', 'high'],
    ['hihokenshaShou', 'healthInsuranceNumber', 'high'],
    ['hokenshou', 'healthInsuranceNumber', 'high'],
    ['hokenshoBango', 'healthInsuranceNumber', 'high'],
    ['hokenshouKigou', 'healthInsuranceNumber', 'high'],
    ['kigouBangou', 'healthInsuranceNumber', 'medium'],
    ['jukyuushaBangou', 'healthInsuranceNumber', 'high'],
    ['jukyushaBango', 'healthInsuranceNumber', 'high'],
    ['jukyusha_no', 'healthInsuranceNumber', 'high'],
    ['jukyuushaShou', 'healthInsuranceNumber', 'high'],
    // 公費: the recipient's number is the person's
    ['kouhiJukyuushaBangou', 'healthInsuranceNumber', 'high'],
    ['kouhi_jukyusha_bango', 'healthInsuranceNumber', 'high'],
    // edaban and kigou are generic ("branch number", "symbol"): only with insurance context
    ['edaban', 'healthInsuranceNumber', 'medium', prop('hokenshou')],
    ['edaban', 'healthInsuranceNumber', 'medium', prop('kouhi')],
    ['edaban', 'healthInsuranceNumber', 'medium', prop('shahokokuho')],
    ['edaban', 'healthInsuranceNumber', 'medium', prop('koukikourei')],
    ['edaban', 'healthInsuranceNumber', 'medium', { role: 'key', siblings: ['hihokenshaKigou', 'hihokenshaBangou', 'edaban'] }],
    ['hihokenshaEdaban', 'healthInsuranceNumber', 'medium'],
    ['kigou', 'healthInsuranceNumber', 'medium', prop('hoken')],
    ['kokuhoKigou', 'healthInsuranceNumber', 'medium'],
    ['koukikoureiHihokenshaBangou', 'healthInsuranceNumber', 'high'],
    ['shahoHihokenshaKigou', 'healthInsuranceNumber', 'high'],
    // English
    ['insuredNumber', 'healthInsuranceNumber', 'high'],
    ['insuredSymbol', 'healthInsuranceNumber', 'high'],
    ['memberNumber', 'healthInsuranceNumber', 'medium', prop('insurance')],
  ];
  it.each(insured)('%s → %s', (...row) => check(row));

  const organisations: Row[] = [
    // the insurer's number (保険者番号) and the public-expense payer's number (公費負担者番号)
    ['hokenshaBangou', null],
    ['hokenshaBango', null],
    ['hokensha_no', null],
    ['HOKENSHA_BANGOU', null],
    ['futanshaBangou', null],
    ['futanshaBango', null],
    ['futanshaNo', null],
    ['kouhiFutanshaBangou', null],
    ['kouhi_futansha_no', null],
    ['insurerNumber', null],
    ['insurerNo', null],
    ['bangou', null, undefined, prop('hokensha')],
    ['edaban', null, undefined, prop('hokensha')],
    // categories and generic words, not numbers
    ['kouhi', null],
    // 公費番号 may be the payer's 負担者番号 or the recipient's 受給者番号: too ambiguous alone
    ['kouhiBangou', null],
    ['公費番号', null],
    ['shahokokuho', null],
    ['koukikourei', null],
    ['kigou', null],
    ['edaban', null],
    ['edaban', null, undefined, prop('order')],
  ];
  it.each(organisations)('%s → null', (...row) => check(row));

  it('a record with both: only the insured person’s fields are personal', () => {
    const siblings = ['shimei', 'hokenshaBangou', 'hihokenshaKigou', 'hihokenshaBangou', 'edaban', 'futanshaBangou', 'jukyushaBangou'];
    const kinds = Object.fromEntries(siblings.map((s) => [s, v.classifyName(s, { role: 'key', siblings })?.kind ?? null]));
    expect(kinds).toEqual({
      shimei: 'fullName',
      hokenshaBangou: null,
      hihokenshaKigou: 'healthInsuranceNumber',
      hihokenshaBangou: 'healthInsuranceNumber',
      edaban: 'healthInsuranceNumber',
      futanshaBangou: null,
      jukyushaBangou: 'healthInsuranceNumber',
    });
  });
});

describe('the matcher stays memoised and deterministic for Japanese names', () => {
  it('repeated calls give equal results in any order and any role', () => {
    const names = ['文字列＿氏名', '電話番号（携帯）', 'ＴＥＬ', '商品名フリガナ', 'hihokenshaBangou', 'hokenshaBangou', 'jūsho', '3名'];
    const roles: NameRole[] = ['identifier', 'property', 'key', 'method'];
    const calls = names.flatMap((name) => roles.map((role) => [name, role] as const));
    const classifyAll = (voc: typeof v, order: ReadonlyArray<readonly [string, NameRole]>) =>
      new Map(order.map(([name, role]) => [`${role}:${name}`, voc.classifyName(name, { role, receiver: ['kokyaku'] })]));
    const fresh = classifyAll(createVocabulary(), calls);
    expect(fresh.get('property:文字列＿氏名')?.kind).toBe('fullName');
    expect(fresh.get('key:hokenshaBangou')).toBeNull();
    expect(classifyAll(v, [...calls].reverse())).toEqual(fresh);
    expect(classifyAll(v, calls)).toEqual(fresh);
  });
});

describe('values: Japanese phone numbers and postal codes, normalised from full width first', () => {
  type Expect = [kind: string, text: string, testValue: boolean, confidence: Confidence];
  type Case = [text: string, label: string | undefined, expected: Expect[]];
  const cases: Case[] = [
    // mobile, full-width digits and hyphens
    ['０９０－１２３４－５６７８', undefined, [['phone', '０９０－１２３４－５６７８', true, 'low']]],
    ['０９０－２３４５－６７８９', undefined, [['phone', '０９０－２３４５－６７８９', false, 'high']]],
    ['０８０２３４５６７８９', undefined, [['phone', '０８０２３４５６７８９', false, 'high']]],
    ['０７０　２３４５　６７８９', undefined, [['phone', '０７０　２３４５　６７８９', false, 'high']]],
    ['０９０ー２３４５ー６７８９', undefined, [['phone', '０９０ー２３４５ー６７８９', false, 'high']]],
    ['090−2345−6789', undefined, [['phone', '090−2345−6789', false, 'high']]], // U+2212 minus sign
    ['090‐2345‐6789', undefined, [['phone', '090‐2345‐6789', false, 'high']]], // U+2010 hyphen
    ['（０９０）２３４５－６７８９', undefined, [['phone', '（０９０）２３４５－６７８９', false, 'high']]],
    ['＋８１－９０－２３４５－６７８９', undefined, [['phone', '＋８１－９０－２３４５－６７８９', false, 'high']]],
    // landlines
    ['０３－３４５６－７８９０', undefined, [['phone', '０３－３４５６－７８９０', false, 'medium']]],
    ['ＴＥＬ：０３－３４５６－７８９０', undefined, [['phone', '０３－３４５６－７８９０', false, 'high']]],
    ['（０３）３４５６－７８９０', undefined, [['phone', '（０３）３４５６－７８９０', false, 'medium']]],
    ['０３３４５６７８９０', '電話番号（自宅）', [['phone', '０３３４５６７８９０', false, 'medium']]],
    ['０３３４５６７８９０', 'ＴＥＬ', [['phone', '０３３４５６７８９０', false, 'medium']]],
    ['０３３４５６７８９０', 'denwa_bangou', [['phone', '０３３４５６７８９０', false, 'medium']]],
    // organisations' numbers and non-numbers
    ['０１２０－１２３－４５６', undefined, []],
    ['０５７０－０１２－３４５', undefined, []],
    ['０３３４５６７８９０', undefined, []],
    // an organisation's own line by its label; a mobile under such a label may be the owner's and stays
    ['０３－３２１１－０００１', '代表電話', []],
    ['03-5212-8800', 'CLINIC_TEL', []],
    ['0334567890', '店舗TEL', []],
    ['+81-3-3456-7890', 'supportPhone', []],
    ['090-2284-9106', '代表電話', [['phone', '090-2284-9106', false, 'high']]],
    ['03-6821-4470', 'homePhone', [['phone', '03-6821-4470', false, 'high']]],
    ['０５２７７１４０９３', '自宅電話', [['phone', '０５２７７１４０９３', false, 'medium']]],
    // postal codes
    ['〒１５０－０００２', undefined, [['postalCode', '１５０－０００２', false, 'high']]],
    ['〒１５０ー０００２', undefined, [['postalCode', '１５０ー０００２', false, 'high']]],
    ['〒　１５００００２', undefined, [['postalCode', '１５００００２', false, 'high']]],
    ['〒150-0002 東京都渋谷区渋谷', undefined, [['postalCode', '150-0002', false, 'high']]],
    ['１５０－０００２', '郵便番号', [['postalCode', '１５０－０００２', false, 'medium']]],
    ['１５００００２', '郵便番号', [['postalCode', '１５００００２', false, 'medium']]],
    ['１５００００２', 'ｙｕｂｉｎ＿ｂａｎｇｏ', [['postalCode', '１５００００２', false, 'medium']]],
    ['150-0002', 'yuubinBangou', [['postalCode', '150-0002', false, 'medium']]],
    ['郵便番号：１５０－０００２', undefined, [['postalCode', '１５０－０００２', false, 'medium']]],
    ['150-0002', undefined, []],
    ['１５００００２', undefined, []],
  ];
  it.each(cases)('%s (label %s)', (text, label, expected) => {
    const found = findValues(text, label === undefined ? undefined : { label });
    expect(found.map((f) => [f.kind, f.text, f.testValue, f.confidence])).toEqual(expected);
    for (const f of found) expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
  });

  it('shared inboxes of Japanese shops and schools are organisational (low), a person\'s address is not', () => {
    const conf = (text: string) => findValues(text).map((f) => [f.kind, f.confidence]);
    expect(conf('front@yunoyado-kaede.jp')).toEqual([['email', 'low']]);
    expect(conf('class-1@juku-hikari.jp')).toEqual([['email', 'low']]);
    expect(conf('charter@kanko-bus.co.jp')).toEqual([['email', 'low']]);
    expect(conf('ｊｉｍｕｋｙｏｋｕ＠ｅｘａｍｐｌｅ－ｋａｉ．ｏｒ．ｊｐ')).toEqual([['email', 'low']]);
    expect(conf('hanako.suzuki@juku-hikari.jp')).toEqual([['email', 'high']]);
  });

  it('normalises one UTF-16 unit for one, so indices in the original text hold', () => {
    const s = '連絡先　ＴＥＬ：０９０－２３４５－６７８９／〒１５０－０００２';
    expect(normalizeWidth(s)).toBe('連絡先 TEL:090-2345-6789/〒150-0002');
    expect(normalizeWidth(s).length).toBe(s.length);
    const found = findValues(s);
    expect(found.map((f) => [f.kind, f.index])).toEqual([
      ['phone', s.indexOf('０９０')],
      ['postalCode', s.indexOf('１５０')],
    ]);
  });
});
