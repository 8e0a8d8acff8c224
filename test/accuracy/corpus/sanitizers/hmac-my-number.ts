import { createHmac } from 'node:crypto';
import { writeFile } from 'node:fs/promises';

const KEY = process.env.MYNUMBER_TOKEN_KEY ?? '';

// A keyed hash used in place of the My Number is itself 特定個人情報 (番号法 2条8項).
export async function writeLinkTable(employees: Array<{ employeeNo: string; myNumber: string }>, file: string): Promise<void> {
  const rows = employees.map((e) => `${e.employeeNo},${createHmac('sha256', KEY).update(e.myNumber).digest('hex')}`);
  await writeFile(file, rows.join('\n')); // expect: pii-guard/no-unprotected-pii-export
}
