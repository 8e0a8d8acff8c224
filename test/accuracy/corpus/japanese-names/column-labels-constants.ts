import { writeFile } from 'node:fs/promises';

export const COLUMN_LABELS = {
  name: '氏名',
  kana: 'フリガナ',
  tel: '電話番号',
  zip: '郵便番号',
  address: '住所',
  birth: '生年月日',
} as const;

// Writes an empty import template: the header row only.
export async function writeTemplate(path: string): Promise<void> {
  const header = Object.values(COLUMN_LABELS).join(',');
  await writeFile(path, `\uFEFF${header}\r\n`, 'utf8');
  console.log('template columns:', Object.values(COLUMN_LABELS));
}
