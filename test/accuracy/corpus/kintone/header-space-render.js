// kintone customisation (顧客管理): shows the customer's name and rank in the header space.
(() => {
  'use strict';

  kintone.events.on('app.record.detail.show', (event) => {
    const r = event.record;
    const el = kintone.app.record.getHeaderMenuSpaceElement();
    const badge = document.createElement('div');
    badge.className = 'customer-badge';
    badge.textContent = `${r.お客様名.value} 様 / ランク ${r.ランク.value} / TEL ${r.電話番号.value}`;
    el.appendChild(badge);
    return event;
  });
})();
