/*
 * 新規顧客を外部の営業支援SaaS(Example CRM)に連携し、返ってきた CRM の ID を kintone に書き戻す。
 * あわせて、対応履歴アプリ(アプリID 124)に「新規登録」の履歴を1件作る。
 *
 * kintone.proxy を使うのは、ブラウザから直接 CRM の API を呼ぶと CORS で弾かれるため。
 */
(() => {
  'use strict';

  const CRM_BASE = 'https://api.example-crm.com/v2';
  const HISTORY_APP_ID = 124;

  kintone.events.on('app.record.create.submit.success', async (event) => {
    const record = event.record;
    const contact = {
      name: record['顧客名'].value,
      name_kana: record['フリガナ'].value,
      phone: record.電話番号.value,
      mobile: record['携帯電話番号'].value,
      email: record['メールアドレス'].value,
      company: record['会社名'].value,
      contact_person: record['文字列＿氏名'].value,
      source: 'kintone',
      external_id: String(event.recordId),
    };
    // 連携キーは CRM 側で kintone の送信元 IP を許可して運用(TODO: プラグイン化して proxy 設定に移す)
    const headers = { 'Content-Type': 'application/json', 'X-Crm-Workspace': 'irodori-reform' };

    const [body, status] = await kintone.proxy(`${CRM_BASE}/contacts`, 'POST', headers, contact); // expect: pii-guard/no-unprotected-pii-transmission
    if (status !== 201) {
      // 失敗時は CRM のサポートに問い合わせるために送信内容を残す
      console.error('CRM連携に失敗しました', status, JSON.stringify(contact)); // expect: pii-guard/no-pii-in-logs
      return event;
    }
    const crmId = JSON.parse(body).id;

    // 自アプリのレコードに CRM の ID を書き戻す(同じ kintone 内)
    await kintone.api(kintone.api.url('/k/v1/record', true), 'PUT', {
      app: kintone.app.getId(),
      id: event.recordId,
      record: { CRM連携ID: { value: crmId } },
    });

    // 対応履歴アプリに1件追加(同じ kintone 内の別アプリ)
    await kintone.api(kintone.api.url('/k/v1/record', true), 'POST', {
      app: HISTORY_APP_ID,
      record: {
        顧客レコード番号: { value: event.recordId },
        顧客名: { value: record['顧客名'].value },
        電話番号: { value: record.電話番号.value },
        対応内容: { value: '新規登録(CRM連携済み)' },
        対応日: { value: new Date().toISOString().slice(0, 10) },
      },
    });

    console.log('CRM連携完了: レコード番号', event.recordId, 'CRM ID', crmId);
    console.log('商談の初期値:', record['会社名'].value, record['店舗名'].value, record.商品名.value);
    return event;
  });
})();
