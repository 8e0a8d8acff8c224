/**
 * フォーム送信時トリガー(インストール型)。
 * 回答スプレッドシートに「フォーム送信時」で登録する(installTriggers() を一度実行)。
 *
 * e.namedValues は { '質問タイトル': ['回答'] } の形。チェックボックスの質問は複数の値が入る。
 */
function onFormSubmit(e) {
  // フォームの項目名が合っているかの確認用。TODO: 本番運用前に消す
  Logger.log('フォーム回答: ' + JSON.stringify(e.namedValues)); // expect: pii-guard/no-pii-in-logs

  const customer = {
    name: first_(e.namedValues['氏名']),
    kana: first_(e.namedValues[COL.KANA]),
    tel: normalizeTel_(first_(e.namedValues['電話番号'])),
    email: first_(e.namedValues['メールアドレス']).toLowerCase(),
  };
  const booking = {
    store: first_(e.namedValues[COL.STORE]),
    date: first_(e.namedValues[COL.DATE]),
    time: first_(e.namedValues[COL.TIME]),
    course: first_(e.namedValues[COL.COURSE]),
    people: Number(first_(e.namedValues[COL.PEOPLE]) || 1),
    note: first_(e.namedValues[COL.NOTE]),
  };

  const errors = validate_(customer, booking);
  if (errors.length > 0) {
    // 不備の内容(項目名)だけを残す。入力値は書かない
    Logger.log('入力エラー %s件: %s', errors.length, errors.join(' / '));
    if (customer.email) sendInputErrorMail_(customer, errors);
    return;
  }

  const lock = LockService.getScriptLock();
  lock.waitLock(30 * 1000);
  try {
    booking.memberNo = upsertMember_(customer, booking.store);
    appendBooking_(booking);
  } catch (err) {
    console.error('予約の登録に失敗しました: ' + err.message);
    // 後で retryFailedBookings() から再登録する
    PropertiesService.getScriptProperties().setProperty( // expect: pii-guard/no-unprotected-pii-export
      'retry:' + Date.now(),
      JSON.stringify({ customer: customer, booking: booking }),
    );
    return;
  } finally {
    lock.releaseLock();
  }

  sendConfirmationMail_(customer, booking);
  notifyAdmin_(customer, booking);
  postNewBookingToSlack_(customer, booking);
  Logger.log('予約受付完了: 会員番号=%s 本日の受付 %s件', booking.memberNo, countToday_());
}

/** namedValues の1つ目の値。未回答の質問は undefined になる。 */
function first_(values) {
  return values && values.length > 0 ? String(values[0]).trim() : '';
}

/** 全角数字・全角ハイフン・空白を揃えて数字だけにする。 */
function normalizeTel_(raw) {
  return raw
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[‐－―ー\-\s　]/g, '');
}

function validate_(customer, booking) {
  const errors = [];
  if (!customer.name) errors.push('お名前を入力してください');
  if (!customer.tel) {
    errors.push('電話番号を入力してください');
  } else if (!/^0\d{9,10}$/.test(customer.tel)) {
    console.warn(`電話番号の形式が不正: ${customer.tel} (${customer.name})`); // expect: pii-guard/no-pii-in-logs
    errors.push('電話番号の形式が正しくありません');
  }
  if (!STORES.some((s) => s.店舗名 === booking.store)) errors.push('店舗名を選択してください');
  if (booking.people > MAX_PEOPLE) errors.push('1回のご予約は3名までです');
  return errors;
}

/** 今日の受付件数(予約一覧の行数から数える)。 */
function countToday_() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.BOOKINGS);
  const today = Utilities.formatDate(new Date(), 'Asia/Tokyo', 'yyyy/MM/dd');
  const stamps = sheet.getRange(2, 1, Math.max(sheet.getLastRow() - 1, 1), 1).getValues();
  return stamps.filter((r) => r[0] && Utilities.formatDate(new Date(r[0]), 'Asia/Tokyo', 'yyyy/MM/dd') === today).length;
}
