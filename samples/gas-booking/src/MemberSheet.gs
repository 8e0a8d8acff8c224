/**
 * 会員台帳(別スプレッドシート、ID はスクリプトプロパティ MEMBER_SHEET_ID)と予約一覧。
 * 会員台帳は店長と本部のみ閲覧可。予約一覧は店舗スタッフ全員が見る。
 */

function openMemberSheet_() {
  const sheet = SpreadsheetApp.openById(prop_('MEMBER_SHEET_ID')).getSheetByName(SHEET.MEMBERS);
  if (!sheet) throw new Error('シートが見つかりません: ' + SHEET.MEMBERS);
  return sheet;
}

/** 電話番号で既存会員を探す。見つからなければ null。 */
function findMemberNo_(sheet, tel) {
  const values = sheet.getDataRange().getValues();
  const header = values.shift();
  const telIdx = header.indexOf(COL.TEL);
  const noIdx = header.indexOf(COL.MEMBER_NO);
  const hit = values.find((r) => String(r[telIdx]).replace(/\D/g, '') === tel);
  return hit ? hit[noIdx] : null;
}

/** 会員番号を返す。新規のお客様なら会員台帳に1行追加する。 */
function upsertMember_(customer, store) {
  const sheet = openMemberSheet_();
  const existing = findMemberNo_(sheet, customer.tel);
  if (existing) return existing;

  const memberNo = 'M' + Utilities.formatDate(new Date(), 'Asia/Tokyo', 'yyMM') + String(sheet.getLastRow()).padStart(4, '0');
  // 列の並び替えに強いよう、見出し名で値を置く
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const record = {
    [COL.MEMBER_NO]: memberNo,
    [COL.NAME]: customer.name,
    [COL.KANA]: customer.kana,
    [COL.TEL]: customer.tel,
    [COL.EMAIL]: customer.email,
    [COL.STORE]: store,
    登録日: new Date(),
  };
  sheet.appendRow(header.map((h) => (h in record ? record[h] : ''))); // expect: pii-guard/no-unprotected-pii-export
  Logger.log('会員台帳に追加: %s(シート名: %s、登録 %s名)', memberNo, sheet.getName(), sheet.getLastRow() - 1);
  return memberNo;
}

/** 予約一覧には会員番号と予約内容だけを書く(氏名・連絡先は書かない)。 */
function appendBooking_(booking) {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.BOOKINGS);
  sheet.appendRow([new Date(), booking.memberNo, booking.store, booking.date, booking.time, booking.course, booking.people, '受付']);

  // 空き枠の表示用に、枠ごとの予約人数をキャッシュしておく(6時間)
  const key = ['slot', booking.store, booking.date, booking.time].join(':');
  const cache = CacheService.getScriptCache();
  const reserved = Number(cache.get(key) || 0) + booking.people;
  cache.put(key, String(reserved), 6 * 60 * 60);
  Logger.log('%s %s %s の予約人数: %s名', booking.store, booking.date, booking.time, reserved);
}

/** onFormSubmit で登録に失敗した予約を再登録する(手動実行)。 */
function retryFailedBookings() {
  const props = PropertiesService.getScriptProperties();
  const keys = props.getKeys().filter((k) => k.indexOf('retry:') === 0);
  let done = 0;
  keys.forEach((key) => {
    const saved = JSON.parse(props.getProperty(key));
    saved.booking.memberNo = upsertMember_(saved.customer, saved.booking.store);
    appendBooking_(saved.booking);
    props.deleteProperty(key);
    done++;
  });
  Logger.log('再登録 %s件 / 残り %s件', done, keys.length - done);
}
