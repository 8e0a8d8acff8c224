// Apps Script: invoice PDF for a corporate customer (company, items, amounts) saved to Drive.
const TEMPLATE_ID = '1TmPlAtEdOcIdXyZ0123456789abcdef';
const OUT_FOLDER = '1InVoIcEfOlDeR9876543210zyxwvu';

function createInvoice(invoice) {
  const copy = DriveApp.getFileById(TEMPLATE_ID).makeCopy(`請求書_${invoice.no}`);
  const doc = DocumentApp.openById(copy.getId());
  const body = doc.getBody();
  body.replaceText('{{会社名}}', invoice.会社名);
  body.replaceText('{{請求番号}}', invoice.no);
  body.replaceText('{{明細}}', invoice.items.map((it) => `${it.品名} ${it.型式} x${it.数量} ${it.金額}円`).join('\n'));
  doc.saveAndClose();
  const pdf = DriveApp.getFolderById(OUT_FOLDER).createFile(copy.getAs(MimeType.PDF));
  Logger.log(`請求書 ${invoice.no} (${invoice.会社名}): ${pdf.getName()}`);
  return pdf.getUrl();
}
