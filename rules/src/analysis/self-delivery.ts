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
