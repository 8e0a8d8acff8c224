/**
 * 初期設定とエディタからの手動実行用の関数。
 */

/** シートの見出し行を作る(初回のみ)。 */
function setupSheets() {
  const members = openMemberSheet_();
  members.getRange(1, 1, 1, MEMBER_HEADERS.length).setValues([MEMBER_HEADERS]).setFontWeight('bold');
  members.setFrozenRows(1);

  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const bookings = ss.getSheetByName(SHEET.BOOKINGS) || ss.insertSheet(SHEET.BOOKINGS);
  bookings.getRange(1, 1, 1, BOOKING_HEADERS.length).setValues([BOOKING_HEADERS]).setFontWeight('bold');
  bookings.setFrozenRows(1);
  Logger.log('見出しを設定しました(シート名: %s / %s)', members.getName(), bookings.getName());
}

/** トリガーを登録する(初回のみ)。 */
function installTriggers() {
  ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t));
  ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
  ScriptApp.newTrigger('sendReminders').timeBased().everyDays(1).atHour(18).create();
  ScriptApp.newTrigger('postDailySummary').timeBased().everyDays(1).atHour(8).create();
}

/** フォームを使わずに onFormSubmit を動かす(テスト用のダミー回答)。 */
function testOnFormSubmit() {
  onFormSubmit({
    namedValues: {
      [COL.TIMESTAMP]: ['2025/06/01 10:00:00'],
      [COL.STORE]: ['藤沢駅前店'],
      氏名: ['テスト 太郎'],
      フリガナ: ['テスト タロウ'],
      電話番号: ['090-0000-0000'],
      メールアドレス: ['taro.test@example.com'],
      [COL.DATE]: ['2025/06/14'],
      [COL.TIME]: ['11:00'],
      [COL.COURSE]: ['季節の和食コース'],
      [COL.PEOPLE]: ['2'],
    },
  });
}

/** 6/3 にお電話のあった「確認メールが届かない」件の再現用。お客様の回答をそのまま貼った */
function debugMissingConfirmation() {
  onFormSubmit({
    namedValues: {
      [COL.STORE]: ['横浜みなとみらい店'],
      氏名: ['中村 美咲'],
      フリガナ: ['ナカムラ ミサキ'],
      電話番号: ['０８０－３９１４－２７５６'], // expect: pii-guard/no-hardcoded-pii
      メールアドレス: ['misaki.nakamura0612@gmail.com'], // expect: pii-guard/no-hardcoded-pii
      [COL.DATE]: ['2025/06/21'],
      [COL.TIME]: ['14:00'],
      [COL.COURSE]: ['パン教室 入門'],
      [COL.PEOPLE]: ['1'],
    },
  });
}

/** スプレッドシートを開いたときにメニューを追加する。 */
function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('予約管理')
    .addItem('見出しを作成', 'setupSheets')
    .addItem('失敗した予約を再登録', 'retryFailedBookings')
    .addItem('明日のリマインドを今すぐ送信', 'sendReminders')
    .addToUi();
}
