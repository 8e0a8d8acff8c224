export const paymentFixtures = [
  { id: 'p1', brand: 'jcb', pan: '3568274380004639', holder: 'SATO YUKI' }, // expect: pii-guard/no-hardcoded-pii
  { id: 'p2', brand: 'amex', pan: '375565466105656', holder: 'ITO MAKOTO' }, // expect: pii-guard/no-hardcoded-pii
  { id: 'p3', brand: 'visa', pan: '4014091210848854', holder: 'NAKAMURA HIROKO' }, // expect: pii-guard/no-hardcoded-pii
];
