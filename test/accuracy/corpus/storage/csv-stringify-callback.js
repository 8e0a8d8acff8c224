const { stringify } = require('csv-stringify');
const fs = require('node:fs');

function exportDonors(donors, file, done) {
  stringify(
    donors.map((d) => ({ name: d.fullName, email: d.email, address: d.address, amount: d.amount })),
    { header: true },
    (err, output) => {
      if (err) return done(err);
      fs.writeFile(file, output, done); // expect: pii-guard/no-unprotected-pii-export
    },
  );
}

module.exports = { exportDonors };
