/**
 * マイナンバー(個人番号)の検証・暗号化・マスク。鍵は Secrets Manager から環境変数で渡される。
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** 個人番号のチェックデジット検証 (総務省令第85号 第5条)。 */
export function isValidMyNumber(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const digits = value.split('').map(Number);
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = digits[11 - n] ?? 0;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === digits[11];
}

/** 画面・帳票の確認欄用。社内規程により一部の桁を残すことも認めない。 */
export function maskMyNumber(_myNumber: string): string {
  return '************';
}

export function encryptMyNumber(myNumber: string, keyBase64: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(keyBase64, 'base64'), iv);
  const body = Buffer.concat([cipher.update(myNumber, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function decryptMyNumber(sealed: Buffer, keyBase64: string): string {
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(keyBase64, 'base64'), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
}
