/*
 * 一覧画面「DM発送対象」に「DM発送用CSV」ボタンを置く。
 * 印刷会社の宛名印刷システムが Shift_JIS の CSV しか読めないため、標準の CSV 書き出しではなくこちらを使う。
 * 件数の確認ボタンは店長会議の資料用(件数だけ)。
 */
(() => {
  'use strict';

  const DM_VIEW_NAME = 'DM発送対象';
  const DM_COLUMNS = ['顧客名', '郵便番号', '住所', '電話番号'];

  /** 500件ずつ全件取得する(同じ kintone 内のアプリから読むだけ)。 */
  async function fetchAllRecords(query) {
    const all = [];
    for (let offset = 0; ; offset += 500) {
      const resp = await kintone.api(kintone.api.url('/k/v1/records', true), 'GET', {
        app: kintone.app.getId(),
        query: `${query} order by レコード番号 asc limit 500 offset ${offset}`,
        fields: DM_COLUMNS,
      });
      all.push(...resp.records);
      if (resp.records.length < 500) return all;
    }
  }

  const quote = (v) => `"${String(v || '').replace(/"/g, '""')}"`;

  function makeButton(id, label, onClick) {
    const button = document.createElement('button');
    button.id = id;
    button.className = 'kintoneplugin-button-normal';
    button.textContent = label;
    button.onclick = onClick;
    return button;
  }

  kintone.events.on('app.record.index.show', (event) => {
    if (event.viewName !== DM_VIEW_NAME || document.getElementById('dm-csv-button')) return event;
    const space = kintone.app.getHeaderMenuSpaceElement();

    space.appendChild(
      makeButton('dm-csv-button', 'DM発送用CSV', async () => {
        const records = await fetchAllRecords(kintone.app.getQueryCondition() || '');
        const lines = records.map((r) =>
          [r['顧客名'].value, r['郵便番号'].value, r['住所'].value, r.電話番号.value].map(quote).join(','),
        );
        const csv = [DM_COLUMNS.join(','), ...lines].join('\r\n');
        const sjis = Encoding.convert(Encoding.stringToCode(csv), { to: 'SJIS', from: 'UNICODE' });
        const url = URL.createObjectURL(new Blob([new Uint8Array(sjis)], { type: 'text/csv' })); // expect: pii-guard/no-unprotected-pii-export
        const a = document.createElement('a');
        a.href = url;
        a.download = `DM発送_${new Date().toISOString().slice(0, 10)}.csv`;
        a.click();
        URL.revokeObjectURL(url);
      }),
    );

    space.appendChild(
      makeButton('dm-count-button', '件数を確認', async () => {
        const resp = await kintone.api(kintone.api.url('/k/v1/records', true), 'GET', {
          app: kintone.app.getId(),
          query: kintone.app.getQueryCondition() || '',
          fields: ['$id'],
          totalCount: true,
        });
        window.alert(`DM発送対象: ${resp.totalCount}件`);
      }),
    );
    return event;
  });
})();
