// kintone customisation (会員管理): field codes kept in one frozen map; syncs members to the MA tool.
(() => {
  'use strict';
  const F = Object.freeze({
    NAME: '文字列__氏名',
    TEL: '電話番号（携帯）',
    MAIL: 'メールアドレス',
    PLAN: 'プラン',
  });

  kintone.events.on('app.record.create.submit.success', (event) => {
    const rec = event.record;
    const contact = { name: rec[F.NAME].value, mobile: rec[F.TEL].value, email: rec[F.MAIL].value, plan: rec[F.PLAN].value };
    kintone.proxy('https://api.ma-cloud.jp/v2/contacts', 'POST', { 'Content-Type': 'application/json' }, contact); // expect: pii-guard/no-unprotected-pii-transmission
    return event;
  });
})();
