// Corporate proxy re-signs TLS; someone disabled verification for the whole process.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const fetch = require('node-fetch');

async function syncEmployee(employee) {
  return fetch('https://hr-saas.example-hr.jp/api/employees', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.HR_TOKEN}` },
    body: JSON.stringify({ code: employee.code, name: employee.fullName, mail: employee.email }),
  });
}

module.exports = { syncEmployee };
