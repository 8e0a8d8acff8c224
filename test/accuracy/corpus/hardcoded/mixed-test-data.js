// Fixture for the importer: two invented rows and one copied from a real order by mistake.
module.exports = [
  { orderId: 'ORD-1', buyer: 'テスト 太郎', email: 'buyer1@example.com', tel: '090-0000-0001' },
  { orderId: 'ORD-2', buyer: 'テスト 花子', email: 'buyer2@example.com', tel: '090-0000-0002' },
  { orderId: 'ORD-3', buyer: '渡辺 健', email: 'ken.watanabe77@icloud.com', tel: '080-6153-2984' }, // expect: pii-guard/no-hardcoded-pii, pii-guard/no-hardcoded-pii
];
