// kintone customisation: keeps an unsaved 入会申込 draft in the browser in case the tab closes.
(() => {
  'use strict';
  const KEY = 'nyukai-draft';
  const WATCHED = ['app.record.create.change.氏名', 'app.record.create.change.電話番号', 'app.record.create.change.住所'];

  kintone.events.on(WATCHED, (event) => {
    const r = event.record;
    const draft = { 氏名: r.氏名.value, 電話番号: r.電話番号.value, 住所: r.住所.value };
    localStorage.setItem(KEY, JSON.stringify(draft)); // expect: pii-guard/no-unprotected-pii-export
    return event;
  });

  kintone.events.on('app.record.create.submit.success', (event) => {
    localStorage.removeItem(KEY);
    return event;
  });
})();
