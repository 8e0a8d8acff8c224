// Apps Script: sends the monthly statement to each customer; console.* goes to Cloud Logging.
function sendStatements() {
  const rows = SpreadsheetApp.getActive().getSheetByName('請求').getDataRange().getValues().slice(1);
  for (const [customerId, shimei, mail, amount] of rows) {
    try {
      MailApp.sendEmail(mail, '今月のご請求', `${shimei} 様\n今月のご請求額は ${amount} 円です。`);
    } catch (err) {
      console.error(`送信失敗 ${shimei} <${mail}>: ${err.message}`); // expect: pii-guard/no-pii-in-logs
      console.warn('retry later', { customerId });
    }
  }
}
