// kintone customisation: audit of who opened the salary app (the operator is an employee, a person).
(() => {
  'use strict';

  kintone.events.on('app.record.detail.show', (event) => {
    const user = kintone.getLoginUser();
    console.log(`閲覧: ${user.name} <${user.email}> record ${event.recordId}`); // expect: pii-guard/no-pii-in-logs
    return event;
  });
})();
