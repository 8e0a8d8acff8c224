// kintone customisation (問い合わせ管理): assigns the logged-in employee as 担当者 through the REST API.
(() => {
  'use strict';

  kintone.events.on('app.record.detail.show', (event) => {
    const btn = document.createElement('button');
    btn.textContent = '自分が担当する';
    btn.onclick = async () => {
      const me = kintone.getLoginUser();
      await kintone.api(kintone.api.url('/k/v1/record.json', true), 'PUT', {
        app: kintone.app.getId(),
        id: event.recordId,
        record: { 担当者名: { value: me.name }, 担当者: { value: [{ code: me.code }] } },
      });
      location.reload();
    };
    kintone.app.record.getHeaderMenuSpaceElement().appendChild(btn);
    return event;
  });
})();
