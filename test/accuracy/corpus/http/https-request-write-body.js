const https = require('node:https');

function submitApplication(applicant) {
  const payload = JSON.stringify({
    name: applicant.fullName,
    birthDate: applicant.birthDate,
    annualIncome: applicant.annualIncome,
    employer: applicant.employer,
  });
  const req = https.request({
    hostname: 'loans.partner-bank.co.jp',
    path: '/api/applications',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
  });
  req.write(payload); // expect: pii-guard/no-unprotected-pii-transmission
  req.end();
  return req;
}

module.exports = { submitApplication };
