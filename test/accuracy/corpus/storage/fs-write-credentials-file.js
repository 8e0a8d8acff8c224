const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

function saveLogin(loginId, password) {
  const file = path.join(os.homedir(), '.acme', 'credentials');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `login_id=${loginId}\npassword=${password}\n`); // expect: pii-guard/no-unprotected-pii-export
}

module.exports = { saveLogin };
