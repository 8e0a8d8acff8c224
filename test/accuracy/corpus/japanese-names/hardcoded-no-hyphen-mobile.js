// Contact of the person in charge at the customer, typed into the code "until the CRM is ready".
const TANTOU = {
  会社名: '株式会社みなと物流',
  担当者名: '中村 健',
  携帯: '09071234821', // expect: pii-guard/no-hardcoded-pii
  メール: 'ken.nakamura.minato@gmail.com', // expect: pii-guard/no-hardcoded-pii
};

function contactLine() {
  return `${TANTOU.会社名} ${TANTOU.担当者名} 様`;
}

module.exports = { TANTOU, contactLine };
