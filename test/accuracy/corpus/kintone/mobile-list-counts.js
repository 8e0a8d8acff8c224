// kintone customisation (mobile): a count banner above the 本日の訪問 list.
(() => {
  'use strict';

  kintone.events.on('mobile.app.record.index.show', (event) => {
    const done = event.records.filter((r) => r.訪問状況.value === '完了').length;
    const el = kintone.mobile.app.getHeaderSpaceElement();
    el.textContent = `本日の訪問 ${event.records.length}件 (完了 ${done}件)`;
    console.log('visits', { total: event.records.length, done });
    return event;
  });
})();
