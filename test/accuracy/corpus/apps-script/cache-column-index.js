// Apps Script: caches the column positions of the 会員 sheet for the web app.
function columnIndex() {
  const cache = CacheService.getScriptCache();
  const cached = cache.get('col-index');
  if (cached) return JSON.parse(cached);
  const header = SpreadsheetApp.getActive().getSheetByName('会員').getRange(1, 1, 1, 12).getValues()[0];
  const index = {};
  header.forEach((label, i) => {
    index[label] = i;
  });
  cache.put('col-index', JSON.stringify(index), 21600);
  Logger.log('列位置: ' + JSON.stringify(index));
  return index;
}
