// Apps Script: the column labels of the 申込 form live in one frozen constants object.
const COL = Object.freeze({
  NAME: 'お名前',
  KANA: 'フリガナ',
  TEL: '電話番号',
  MAIL: 'メールアドレス',
  COURSE: '受講コース',
});

function onFormSubmit(e) {
  const v = e.namedValues;
  if (!/^0\d{9,10}$/.test(String(v[COL.TEL][0]).replace(/-/g, ''))) {
    console.warn('電話番号の形式が不正です', v[COL.TEL][0]); // expect: pii-guard/no-pii-in-logs
  }
  Logger.log('申込: ' + v[COL.COURSE][0]);
}
