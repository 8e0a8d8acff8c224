// Apps Script (clinic back office): claim points per insurer, mailed to the accounting firm.
function mailClaimPoints() {
  const rows = SpreadsheetApp.getActive().getSheetByName('レセプト集計').getDataRange().getValues().slice(1);
  const byInsurer = {};
  rows.forEach(([hokenshaBangou, hokenshaMei, points]) => {
    const key = `${hokenshaBangou} ${hokenshaMei}`;
    byInsurer[key] = (byInsurer[key] || 0) + Number(points);
  });
  const body = Object.entries(byInsurer).map(([k, pts]) => `保険者番号 ${k}: ${pts}点`).join('\n');
  Logger.log(body);
  MailApp.sendEmail('office@tax-partners.jp', '保険者別 請求点数', body);
}
