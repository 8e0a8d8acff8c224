/*
 * モバイル版(訪問担当者がスマートフォンで使う)。
 * - 詳細画面: 電話番号をタップで発信できるボタン
 * - 「訪問しました」ボタン: 対応履歴アプリ(同じ kintone)に訪問記録を1件追加する
 */
(() => {
  'use strict';

  const HISTORY_APP_ID = 124;

  kintone.events.on('mobile.app.record.detail.show', (event) => {
    const space = kintone.mobile.app.record.getSpaceElement('visit_buttons');
    if (!space || space.childElementCount > 0) return event;

    const tel = event.record['携帯電話番号'].value || event.record.電話番号.value;
    if (tel) {
      const call = document.createElement('a');
      call.href = `tel:${tel.replace(/-/g, '')}`;
      call.className = 'visit-button';
      call.textContent = '電話をかける';
      space.appendChild(call);
    }

    const visited = document.createElement('button');
    visited.className = 'visit-button';
    visited.textContent = '訪問しました';
    visited.onclick = async () => {
      const { record } = kintone.mobile.app.record.get();
      await kintone.api(kintone.api.url('/k/v1/record', true), 'POST', {
        app: HISTORY_APP_ID,
        record: {
          顧客レコード番号: { value: record.$id.value },
          顧客名: { value: record['顧客名'].value },
          対応内容: { value: '訪問' },
          対応日: { value: new Date().toISOString().slice(0, 10) },
          担当者名: { value: kintone.getLoginUser().name },
        },
      });
      console.log('訪問記録を登録しました: 顧客レコード番号', record.$id.value);
      visited.disabled = true;
      visited.textContent = '登録しました';
    };
    space.appendChild(visited);
    return event;
  });
})();
