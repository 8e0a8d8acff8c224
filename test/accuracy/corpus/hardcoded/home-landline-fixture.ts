export const householdFixture = {
  householdId: 'h-1024',
  head: { fullName: '清水 隆', homePhone: '03-6821-4470' }, // expect: pii-guard/no-hardcoded-pii
  members: 3,
  prefecture: '東京都',
};

export const officeFixture = {
  officeId: 'o-7',
  mainLine: '0120-987-654',
  fax: '03-0000-0000',
};
