// Apps Script: manual test for the booking trigger, run from the script editor.
function testOnFormSubmit() {
  const e = {
    namedValues: {
      'お名前': ['高橋 美咲'],
      'フリガナ': ['タカハシ ミサキ'],
      '電話番号': ['０９０－４４１２－７７８３'], // expect: pii-guard/no-hardcoded-pii
      'メールアドレス': ['misaki.t0412@gmail.com'], // expect: pii-guard/no-hardcoded-pii
      'ご希望日時': ['2024/07/12 14:00'],
    },
    range: { getRow: () => 2 },
  };
  onFormSubmit(e);
}
