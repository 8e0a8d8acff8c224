type Row = {
  会員番号: string;
  氏名: string;
  フリガナ: string;
  生年月日: string;
};

export function validateRows(rows: Row[]): Row[] {
  const valid: Row[] = [];
  rows.forEach((row, i) => {
    if (!/^[ァ-ヶー\s]+$/.test(row.フリガナ)) {
      console.warn(`${i + 1}行目: フリガナが不正です (${row.フリガナ})`); // expect: pii-guard/no-pii-in-logs
      return;
    }
    valid.push(row);
  });
  console.info(`有効行 ${valid.length} / 全 ${rows.length} 行`);
  return valid;
}
