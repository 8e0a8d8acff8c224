// Apps Script web app: caches the free booking slots shown on the reservation page.
function freeSlots(dateStr) {
  const cache = CacheService.getScriptCache();
  const key = 'slots:' + dateStr;
  const cached = cache.get(key);
  if (cached) return JSON.parse(cached);
  const rows = SpreadsheetApp.getActive().getSheetByName('予約枠').getDataRange().getValues().slice(1);
  const slots = rows
    .filter(([date]) => Utilities.formatDate(new Date(date), 'Asia/Tokyo', 'yyyy-MM-dd') === dateStr)
    .map(([, time, capacity, booked]) => ({ time, remaining: capacity - booked }));
  cache.put(key, JSON.stringify(slots), 300);
  Logger.log(`${dateStr}: 空き枠 ${slots.filter((s) => s.remaining > 0).length}件`);
  return slots;
}
