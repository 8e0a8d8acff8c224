// kintone customisation (受講者管理): field codes destructured into locals.
(() => {
  'use strict';

  kintone.events.on('app.record.edit.show', (event) => {
    const { 氏名: shimei, メールアドレス: mail, 受講コース: course } = event.record;
    console.info(`editing ${shimei.value} <${mail.value}> (${course.value})`); // expect: pii-guard/no-pii-in-logs
    return event;
  });
})();
