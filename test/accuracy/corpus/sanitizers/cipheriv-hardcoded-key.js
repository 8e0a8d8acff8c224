const crypto = require('node:crypto');
const fs = require('node:fs');

// The key is in the source: anyone with the repository can decrypt the file.
const KEY = Buffer.from('3f1c9a7b2e4d6f8011223344556677889900aabbccddeeff0011223344556677', 'hex');

function saveApplicants(applicants, file) {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  const data = JSON.stringify(applicants.map((a) => ({ name: a.fullName, email: a.email, phone: a.phone })));
  const encrypted = Buffer.concat([cipher.update(data, 'utf8'), cipher.final()]);
  fs.writeFileSync(file, Buffer.concat([iv, encrypted])); // expect: pii-guard/no-unprotected-pii-export
}

module.exports = { saveApplicants };
