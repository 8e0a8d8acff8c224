const fs = require('node:fs/promises');

// Class roster for the PTA: the file is handed to the volunteers on a USB stick.
async function writeRenrakumou(students, path) {
  const header = '学年,組,児童氏名,保護者氏名,電話番号';
  const lines = students.map((s) => [s.学年, s.組, s.児童氏名, s.保護者氏名, s.電話番号].join(','));
  await fs.writeFile(path, [header, ...lines].join('\r\n'), 'utf8'); // expect: pii-guard/no-unprotected-pii-export
  console.log(`連絡網: ${students.length}名`);
}

module.exports = { writeRenrakumou };
