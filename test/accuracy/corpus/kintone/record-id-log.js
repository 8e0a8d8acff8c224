// kintone customisation: logs references and counts, never field values.
(() => {
  'use strict';

  kintone.events.on('app.record.create.submit.success', (event) => {
    console.log('created', { app: event.appId, recordId: event.recordId });
    return event;
  });

  kintone.events.on('app.record.index.show', (event) => {
    console.log(`一覧 ${event.viewName}: ${event.records.length}件 / 全${event.size}件`);
    return event;
  });
})();
