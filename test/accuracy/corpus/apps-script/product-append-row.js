// Apps Script: goods-receiving form; appends one line per received item.
function onReceive(e) {
  const v = e.namedValues;
  const sheet = SpreadsheetApp.getActive().getSheetByName('入荷記録');
  const 商品名 = v['商品名'][0];
  const 型式 = v['型式'][0];
  const 品名 = v['品名'][0];
  const 数量 = Number(v['数量'][0]);
  sheet.appendRow([new Date(), 商品名, 型式, 品名, 数量, v['倉庫'][0]]);
  Logger.log(`入荷: ${商品名} (${型式}) x ${数量}`);
}
