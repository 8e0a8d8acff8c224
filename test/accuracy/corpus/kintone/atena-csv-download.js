// kintone customisation (会員名簿): a button that downloads an address-label CSV of the list view.
(() => {
  'use strict';

  kintone.events.on('app.record.index.show', (event) => {
    if (document.getElementById('atena-csv')) return event;
    const btn = document.createElement('button');
    btn.id = 'atena-csv';
    btn.textContent = '宛名CSV';
    btn.onclick = () => {
      const lines = event.records.map((r) => [r.郵便番号.value, r.住所.value, r.氏名.value].join(','));
      const csv = '\uFEFF郵便番号,住所,氏名\r\n' + lines.join('\r\n');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' })); // expect: pii-guard/no-unprotected-pii-export
      a.download = 'atena.csv';
      a.click();
    };
    kintone.app.getHeaderMenuSpaceElement().appendChild(btn);
    return event;
  });
})();
