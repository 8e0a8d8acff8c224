const fs = require('node:fs');

function writeMeibo(records, file) {
  const header = ['会員番号', '氏名', 'フリガナ', '電話番号', '住所'].join(',');
  const lines = records.map((record) =>
    [record['会員番号'], record['氏名'], record['フリガナ'], record['電話番号'], record['住所']].join(','),
  );
  fs.writeFileSync(file, [header, ...lines].join('\r\n'), 'utf8'); // expect: pii-guard/no-unprotected-pii-export
}

module.exports = { writeMeibo };
