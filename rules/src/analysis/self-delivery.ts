/**
 * A message to the person themself (DESIGN.md "What is a take-out"): their address in `to:` is what the
 * provider needs, and their own name or booking in the body is the purpose. These kinds are never fine to
 * mail in clear, even to the person themself.
 */
export const NEVER_IN_CLEAR_TO_SELF: ReadonlySet<string> = new Set([
  'myNumber',
  'creditCardNumber',
  'cardSecurityCode',
  'paymentCredential',
  'bankAccount',
  'passportNumber',
  'driverLicenseNumber',
  'pensionNumber',
  'healthInsuranceNumber',
  'residenceCardNumber',
  'residentRecordCode',
]);

/** Credential terms that must not be mailed in clear (a password), unlike a one-time reset token. */
export const CLEAR_PASSWORD_TERM = /pass(word|wd|phrase)?$|^pwd$|pin|暗証|パスワード/i;

/** Recipients that are whoever sent the message being answered (a LINE reply token, the event's user). */
export const SENDER_SELF = /replyToken|source\.userId|sender\.id/;

/** Recipients named as a person's own channel ID (`lineUserId`, `b.userId`). */
export const ID_RECIPIENT = /(user|member|customer|line)_?id\b|userId$/i;

/**
 * Recipients named as a member of staff (`nurse.keitai`, `staff.mobilePhone`, `oncallAdminEmail`,
 * `kintone.getLoginUser()`): the message goes to an employee, so a customer's or patient's data in it is
 * someone else's, whatever record it was read from.
 */
export const STAFF_RECIPIENT_WORDS: ReadonlySet<string> = new Set([
  'staff', 'nurse', 'doctor', 'admin', 'administrator', 'manager', 'operator', 'employee', 'clerk', 'oncall',
  'dispatcher', 'supervisor', 'receptionist', 'tantou', 'tantousha', 'shain', 'shokuin', 'kangoshi',
  // kintone's signed-in user is the member of staff using the app.
  'loginuser',
]);

/** Japanese staff terms, matched inside a recipient's text. */
export const STAFF_RECIPIENT_JA = /スタッフ|担当者|社員|職員|従業員|看護師|管理者|店長|オペレーター/;

