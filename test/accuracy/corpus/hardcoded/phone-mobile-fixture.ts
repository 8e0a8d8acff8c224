export const demoCustomers = [
  {
    id: 'c-001',
    name: '小林 直樹',
    mobile: '070-5128-3306', // expect: pii-guard/no-hardcoded-pii
    prefecture: '神奈川県',
  },
  {
    id: 'c-002',
    name: '加藤 真理',
    mobile: '090-0000-0000',
    prefecture: '大阪府',
  },
];
