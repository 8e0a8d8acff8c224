// Apps Script: B2B inquiry form; the log keeps the company and the ticket number only.
function onInquiry(e) {
  const v = e.namedValues;
  const ticket = 'INQ-' + Utilities.formatDate(new Date(), 'Asia/Tokyo', 'yyyyMMddHHmmss');
  const 会社名 = v['会社名'][0];
  const 業種 = v['業種'][0];
  e.range.offset(0, e.range.getNumColumns(), 1, 1).setValue(ticket);
  Logger.log(`問い合わせ ${ticket}: ${会社名} (${業種})`);
  console.info('inquiry stored', { ticket, row: e.range.getRow() });
}
