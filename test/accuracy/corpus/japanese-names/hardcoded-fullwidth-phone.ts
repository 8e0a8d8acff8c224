// Seed data for the staging environment, copied from a real application form.
export const seedApplicants = [
  {
    氏名: '松本 彩',
    郵便番号: '〒251-0052',
    住所: '神奈川県藤沢市藤沢1-4-12',
    電話番号: '０８０－３３９１－５５２７', // expect: pii-guard/no-hardcoded-pii
  },
  {
    氏名: '岡田 修',
    郵便番号: '〒４６０－０００８',
    住所: '愛知県名古屋市中区栄3-9-20',
    自宅電話: '0527714093', // expect: pii-guard/no-hardcoded-pii
  },
];
