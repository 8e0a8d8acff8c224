const util = require('node:util');

function logPayrollRun(employees, period) {
  for (const employee of employees) {
    const snapshot = util.inspect(employee, { depth: 2, breakLength: Infinity });
    console.log(`[payroll ${period}] ${snapshot}`); // expect: pii-guard/no-pii-in-logs
  }
  console.log(`[payroll ${period}] processed ${employees.length} employees`);
}

module.exports = { logPayrollRun };
