const crypto = require('node:crypto');
const fs = require('node:fs');

// Local PIN for the kiosk app: only the salted scrypt verifier is stored.
function setKioskPin(pin, file) {
  const salt = crypto.randomBytes(16);
  const verifier = crypto.scryptSync(pin, salt, 32);
  fs.writeFileSync(file, `${salt.toString('hex')}:${verifier.toString('hex')}`, { mode: 0o600 });
}

module.exports = { setKioskPin };
