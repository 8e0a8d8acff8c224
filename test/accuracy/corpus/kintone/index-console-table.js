// kintone customisation (会員名簿 app): list-view debugging left in production.
(() => {
  'use strict';

  kintone.events.on('app.record.index.show', (event) => {
    console.table( // expect: pii-guard/no-pii-in-logs
      event.records.map((r) => ({ 会員番号: r.会員番号.value, 氏名: r.氏名.value, 住所: r.住所.value })),
    );
    console.log(`${event.records.length}件表示`);
    return event;
  });
})();
