const XLSX = require('xlsx');
const { Member } = require('./models');

async function importRoster(file) {
  const workbook = XLSX.readFile(file, { cellDates: true });
  const sheet = workbook.Sheets[workbook.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json(sheet, { defval: '' });

  const created = await Member.bulkCreate(
    rows.map((r) => ({ fullName: r['Name'], email: r['Email'], joinedAt: r['Joined'] })),
    { ignoreDuplicates: true },
  );
  console.log(`roster ${file}: ${rows.length} rows, ${created.length} created`);
}

module.exports = { importRoster };
