const sample = {
  氏名: '中村 博子',
  個人番号: '930828819957', // expect: pii-guard/no-hardcoded-pii
  扶養人数: 2,
};

module.exports = { sample };
