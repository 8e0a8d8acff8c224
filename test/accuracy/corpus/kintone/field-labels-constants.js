// kintone customisation: hides personal fields from part-time staff; the field codes are constants.
(() => {
  'use strict';
  const FIELDS = Object.freeze({ NAME: '氏名', TEL: '電話番号', ADDRESS: '住所', BIRTH: '生年月日' });
  const PART_TIME = 'アルバイト';

  kintone.events.on(['app.record.detail.show', 'app.record.edit.show'], (event) => {
    const groups = kintone.getLoginUser().groups || [];
    if (!groups.includes(PART_TIME)) return event;
    [FIELDS.TEL, FIELDS.ADDRESS, FIELDS.BIRTH].forEach((code) => kintone.app.record.setFieldShown(code, false));
    console.log('hidden fields', [FIELDS.TEL, FIELDS.ADDRESS, FIELDS.BIRTH].join(','));
    return event;
  });
})();
