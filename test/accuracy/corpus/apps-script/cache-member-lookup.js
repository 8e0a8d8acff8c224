// Apps Script web app: caches a member lookup for ten minutes.
function lookupMember(kaiinBangou) {
  const cache = CacheService.getScriptCache();
  const hit = cache.get('kaiin:' + kaiinBangou);
  if (hit) return JSON.parse(hit);

  const sheet = SpreadsheetApp.getActive().getSheetByName('会員');
  const row = sheet.getDataRange().getValues().find((r) => r[0] === kaiinBangou);
  if (!row) return null;
  const kaiin = { kaiinBangou, shimei: row[1], denwaBangou: row[2], jusho: row[3] };
  cache.put('kaiin:' + kaiinBangou, JSON.stringify(kaiin), 600); // expect: pii-guard/no-unprotected-pii-export
  return kaiin;
}
