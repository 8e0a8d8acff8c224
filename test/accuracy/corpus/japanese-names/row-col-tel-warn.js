const { parse } = require('csv-parse/sync');
const fs = require('node:fs');

const COL = { NAME: '氏名', TEL: '電話番号', ZIP: '郵便番号' };

function loadMeibo(path) {
  const rows = parse(fs.readFileSync(path), { columns: true, bom: true });
  for (const row of rows) {
    if (!/^0\d{1,4}-?\d{1,4}-?\d{4}$/.test(row[COL.TEL])) {
      console.warn('電話番号の形式が不正:', row[COL.TEL]); // expect: pii-guard/no-pii-in-logs
    }
  }
  console.info(`読み込み ${rows.length}件`);
  return rows;
}

module.exports = { loadMeibo };
