// Apps Script: settings and the last processed row live in script properties.
function saveSettings(form) {
  const props = PropertiesService.getScriptProperties();
  props.setProperties({
    SHEET_NAME: form.sheetName,
    NOTIFY_HOUR: String(form.notifyHour),
    STORE_NAME: form.storeName,
  });
}

function markProcessed(lastRow, count) {
  PropertiesService.getScriptProperties().setProperty('LAST_ROW', String(lastRow));
  Logger.log(`処理済み: ${count}件 (最終行 ${lastRow})`);
}
