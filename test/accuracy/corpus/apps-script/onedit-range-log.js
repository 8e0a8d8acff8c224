// Apps Script: simple onEdit trigger that stamps the edit time; logs where the edit happened, not what.
function onEdit(e) {
  const sheet = e.range.getSheet();
  const シート名 = sheet.getName();
  if (シート名 !== '顧客一覧' || e.range.getColumn() === 1) return;
  sheet.getRange(e.range.getRow(), 1).setValue(new Date());
  console.log(`edited ${シート名}!${e.range.getA1Notation()} (${e.range.getNumRows()}行)`);
}
