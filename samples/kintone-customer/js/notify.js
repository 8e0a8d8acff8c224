/*
 * 営業チームの Slack(#新規顧客 / #進捗)への通知。Incoming Webhook を kintone.proxy 経由で呼ぶ。
 */
(() => {
  'use strict';

  const SLACK_NEW_CUSTOMER = 'https://hooks.slack.com/services/T0IRODORI/B0NEWCUST/xxxxxxxxxxxxxxxxxxxxxxxx';
  const SLACK_PROGRESS = 'https://hooks.slack.com/services/T0IRODORI/B0PROGRES/xxxxxxxxxxxxxxxxxxxxxxxx';
  const JSON_HEADERS = { 'Content-Type': 'application/json' };

  const recordUrl = (recordId) => `${location.origin}/k/${kintone.app.getId()}/show#record=${recordId}`;

  kintone.events.on('app.record.create.submit.success', (event) => {
    const record = event.record;
    const text = [
      `:house: 新規顧客が登録されました(${record['店舗名'].value})`,
      `${record['顧客名'].value} 様 / ${record.電話番号.value}`,
      `検討中: ${record.商品名.value}`,
      recordUrl(event.recordId),
    ].join('\n');
    return kintone.proxy(SLACK_NEW_CUSTOMER, 'POST', JSON_HEADERS, { text }).then(() => event); // expect: pii-guard/no-unprotected-pii-transmission
  });

  // プロセス管理のステータスが進んだら、レコード番号とリンクだけを流す(詳細は kintone で見る)
  kintone.events.on('app.record.detail.process.proceed', (event) => {
    const text = `:arrow_forward: 顧客 #${event.record.$id.value} が「${event.nextStatus.value}」になりました\n${recordUrl(event.record.$id.value)}`;
    return kintone.proxy(SLACK_PROGRESS, 'POST', JSON_HEADERS, { text }).then(() => event);
  });
})();
