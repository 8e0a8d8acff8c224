// kintone customisation (会員登録): field-level validation messages shown in the form.
(() => {
  'use strict';

  kintone.events.on(['app.record.create.submit', 'app.record.edit.submit'], (event) => {
    const r = event.record;
    if (!r.電話番号.value) r.電話番号.error = '電話番号を入力してください';
    if (!/^\d{3}-?\d{4}$/.test(r.郵便番号.value)) r.郵便番号.error = '郵便番号は7桁で入力してください';
    if (!r.メールアドレス.value.includes('@')) r.メールアドレス.error = 'メールアドレスの形式が正しくありません';
    if (Object.values(r).some((f) => f.error)) event.error = '入力内容に誤りがあります';
    return event;
  });
})();
