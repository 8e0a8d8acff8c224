// Apps Script: after-hours rota for the clinic's web reservation alerts.
const ONCALL = [
  { 担当者名: '石井 亮', 携帯: '08051127730' }, // expect: pii-guard/no-hardcoded-pii
  { 担当者名: '森 さやか', 携帯: '070-2284-9106' }, // expect: pii-guard/no-hardcoded-pii
];
const CLINIC_TEL = '03-5212-8800';

function oncallThisWeek() {
  const week = Math.floor(Date.now() / (7 * 86400000));
  return ONCALL[week % ONCALL.length];
}

function emergencyFooter() {
  const p = oncallThisWeek();
  return `夜間の緊急連絡: ${p.担当者名} ${p.携帯} / 代表 ${CLINIC_TEL}`;
}
