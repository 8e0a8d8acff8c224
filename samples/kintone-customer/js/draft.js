/*
 * 新規登録画面の下書き保存。
 * 電話口で聞き取りながら入力していて、画面を閉じてしまうと最初からやり直しになるため、
 * 入力のたびにブラウザに下書きを保存し、次に新規登録画面を開いたときに復元する。
 */
(() => {
  'use strict';

  const DRAFT_KEY = `kintone-app-${kintone.app.getId()}-customer-draft`;
  const DRAFT_FIELDS = ['顧客名', 'フリガナ', '電話番号', '携帯電話番号', 'メールアドレス', '郵便番号', '住所'];
  const DEFAULTS_KEY = `kintone-app-${kintone.app.getId()}-defaults`;

  const changeEvents = DRAFT_FIELDS.map((code) => `app.record.create.change.${code}`);

  kintone.events.on(changeEvents, (event) => {
    const record = event.record;
    const draft = {
      顧客名: record['顧客名'].value,
      フリガナ: record['フリガナ'].value,
      電話番号: record.電話番号.value,
      携帯電話番号: record['携帯電話番号'].value,
      メールアドレス: record['メールアドレス'].value,
      郵便番号: record['郵便番号'].value,
      住所: record['住所'].value,
      savedAt: new Date().toISOString(),
    };
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft)); // expect: pii-guard/no-unprotected-pii-export
    return event;
  });

  kintone.events.on('app.record.create.show', (event) => {
    const defaults = JSON.parse(localStorage.getItem(DEFAULTS_KEY) || '{}');
    if (defaults.店舗名) event.record['店舗名'].value = defaults.店舗名;
    if (defaults.商品名) event.record.商品名.value = defaults.商品名;

    const saved = localStorage.getItem(DRAFT_KEY);
    if (!saved) return event;
    const draft = JSON.parse(saved);
    if (!window.confirm(`${draft.savedAt.slice(0, 16).replace('T', ' ')} の下書きがあります。復元しますか?`)) {
      localStorage.removeItem(DRAFT_KEY);
      return event;
    }
    DRAFT_FIELDS.forEach((code) => {
      if (draft[code]) event.record[code].value = draft[code];
    });
    return event;
  });

  kintone.events.on('app.record.create.submit.success', (event) => {
    localStorage.removeItem(DRAFT_KEY);
    // 担当店舗と商品は続けて同じものを入力することが多いので、次の新規登録の初期値にする
    const defaults = { 店舗名: event.record['店舗名'].value, 商品名: event.record.商品名.value };
    localStorage.setItem(DEFAULTS_KEY, JSON.stringify(defaults));
    return event;
  });
})();
