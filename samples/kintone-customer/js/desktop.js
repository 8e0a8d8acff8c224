/*
 * 彩リフォーム 顧客管理アプリ(アプリID 123)カスタマイズ: 入力補助とチェック
 *
 * - 保存前: 電話番号・郵便番号の全角→半角、形式チェック、電話番号での重複チェック
 * - 詳細画面: ヘッダーに顧客名と担当店舗を表示
 * 法人顧客の「文字列＿氏名」はご担当者の氏名(アプリ作成時の初期フィールドコードのまま使っている)。
 */
(() => {
  'use strict';

  /** 全角英数・記号を半角に、ハイフンの揺れを '-' に揃える。 */
  const toHalfWidth = (s) =>
    (s || '')
      .replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[‐－―ー]/g, '-')
      .replace(/　/g, ' ')
      .trim();

  const TEL_PATTERN = /^0\d{1,4}-?\d{1,4}-?\d{3,4}$/;
  const ZIP_PATTERN = /^\d{3}-?\d{4}$/;

  kintone.events.on(['app.record.create.submit', 'app.record.edit.submit'], (event) => {
    const record = event.record;
    record.電話番号.value = toHalfWidth(record.電話番号.value);
    record['携帯電話番号'].value = toHalfWidth(record['携帯電話番号'].value);
    record['郵便番号'].value = toHalfWidth(record['郵便番号'].value).replace(/^〒\s*/, '');

    if (record.電話番号.value && !TEL_PATTERN.test(record.電話番号.value)) {
      record.電話番号.error = '電話番号の形式が正しくありません';
    }
    if (record['郵便番号'].value && !ZIP_PATTERN.test(record['郵便番号'].value)) {
      record['郵便番号'].error = '郵便番号は7桁の数字で入力してください';
    }
    if (record['顧客区分'].value === '法人' && !record['文字列＿氏名'].value) {
      record['文字列＿氏名'].error = 'ご担当者の氏名を入力してください';
    }
    return event;
  });

  // 新規登録時だけ、同じ電話番号の顧客がいないか確認する
  kintone.events.on('app.record.create.submit', (event) => {
    const record = event.record;
    console.log(record); // expect: pii-guard/no-pii-in-logs
    const tel = record.電話番号.value;
    if (!tel) return event;

    const params = {
      app: kintone.app.getId(),
      query: `電話番号 = "${tel}" limit 1`,
      fields: ['$id', '顧客名'],
    };
    return kintone.api(kintone.api.url('/k/v1/records', true), 'GET', params).then((resp) => {
      if (resp.records.length > 0) {
        event.error = `同じ電話番号の顧客が登録済みです(レコード番号 ${resp.records[0].$id.value})`;
      }
      return event;
    });
  });

  kintone.events.on(['app.record.detail.show', 'mobile.app.record.detail.show'], (event) => {
    const record = event.record;
    const header = event.type.startsWith('mobile.')
      ? kintone.mobile.app.getHeaderSpaceElement()
      : kintone.app.record.getHeaderMenuSpaceElement();
    if (!header) return event;
    const label = document.createElement('div');
    label.className = 'customer-header';
    // 法人は会社名+ご担当者名、個人は顧客名を見出しにする(自分の画面に表示するだけ)
    label.textContent =
      record['顧客区分'].value === '法人'
        ? `${record['会社名'].value} ${record['文字列＿氏名'].value} 様`
        : `${record['顧客名'].value} 様`;
    header.appendChild(label);
    console.log('担当店舗:', record['店舗名'].value, '/ 検討中の商品:', record.商品名.value);
    return event;
  });
})();
