const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { toWithholdingSlip } = require('../src/gensen');

describe('toWithholdingSlip', () => {
  it('prints the employee number on the slip', () => {
    const slip = toWithholdingSlip({
      氏名: '石井 大輔',
      マイナンバー: '480268638417', // expect: pii-guard/no-hardcoded-pii
      支払金額: 4_850_000,
    });
    assert.match(slip, /石井/);
  });
});
