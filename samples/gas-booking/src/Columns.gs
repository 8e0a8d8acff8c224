/**
 * フォームの質問タイトル = 回答シート・会員台帳の列見出し。
 * e.namedValues のキーにもなるので、フォームの質問文を変えたらここも必ず合わせること。
 */
const COL = Object.freeze({
  TIMESTAMP: 'タイムスタンプ',
  STORE: '店舗名',
  NAME: '氏名',
  KANA: 'フリガナ',
  TEL: '電話番号',
  EMAIL: 'メールアドレス',
  DATE: '希望日',
  TIME: '希望時間',
  COURSE: 'コース',
  PEOPLE: '参加人数',
  NOTE: 'ご要望',
  STATUS: 'ステータス',
  MEMBER_NO: '会員番号',
});

/** 会員台帳の列順。見出し行は setupSheets() で書き込む。 */
const MEMBER_HEADERS = [COL.MEMBER_NO, COL.NAME, COL.KANA, COL.TEL, COL.EMAIL, COL.STORE, '登録日'];

/** 予約一覧には会員番号だけを持たせ、氏名・連絡先は会員台帳を参照する。 */
const BOOKING_HEADERS = ['受付日時', COL.MEMBER_NO, COL.STORE, COL.DATE, COL.TIME, COL.COURSE, COL.PEOPLE, COL.STATUS];
