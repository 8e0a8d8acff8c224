/**
 * 前日リマインド(時間主導型トリガー、毎日18時)。
 * フォームの回答シートを読み、明日のご予約のお客様にメールを送り、店舗スタッフには明日の予約リストを送る。
 * 回答シートの右端に手で足した「ステータス」列が「キャンセル」の行は対象外。
 */
function sendReminders() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.RESPONSES);
  const [header, ...values] = sheet.getDataRange().getValues();
  const tomorrow = Utilities.formatDate(new Date(Date.now() + 24 * 60 * 60 * 1000), 'Asia/Tokyo', 'yyyy/MM/dd');

  const targets = values
    .map((r) => toRowObject_(header, r))
    .filter((row) => formatDate_(row[COL.DATE]) === tomorrow && row[COL.STATUS] !== 'キャンセル');

  targets.forEach((row) => {
    const body = [
      `${row[COL.NAME]} 様`,
      '',
      `明日 ${row[COL.TIME]} から、${row[COL.STORE]}でのレッスンをご予約いただいています。`,
      `コース:${row[COL.COURSE]}(${row[COL.PEOPLE]}名)`,
      '',
      'ご来店をお待ちしております。',
      SIGNATURE,
    ].join('\n');
    MailApp.sendEmail(row[COL.EMAIL], `【${STUDIO.name}】明日のご予約のお知らせ`, body, { name: STUDIO.name });
  });

  // 店舗スタッフ向けの前日リスト(Chatwork の店舗グループチャット)
  const lines = targets.map((row) => `${row[COL.TIME]} ${row[COL.NAME]} 様 TEL:${row[COL.TEL]} ${row[COL.COURSE]} ${row[COL.PEOPLE]}名`);
  const message = `[info][title]明日(${tomorrow})の予約 ${targets.length}件[/title]${lines.join('\n') || '予約はありません'}[/info]`;
  UrlFetchApp.fetch(`${CHATWORK_API}/rooms/${prop_('CHATWORK_ROOM_ID')}/messages`, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'post',
    headers: { 'X-ChatWorkToken': prop_('CHATWORK_API_TOKEN') },
    payload: { body: message, self_unread: '0' },
  });

  Logger.log('リマインド送信 %s件(回答シート %s行)', targets.length, values.length);
}

/** 見出し行をキーにした1行分のオブジェクト。列の並び替えに強くするため。 */
function toRowObject_(header, row) {
  const obj = {};
  header.forEach((h, i) => {
    obj[h] = row[i];
  });
  return obj;
}
