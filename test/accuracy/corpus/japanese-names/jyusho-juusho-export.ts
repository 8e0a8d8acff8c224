import { appendFile, writeFile } from 'node:fs/promises';

interface Okurisaki {
  namae: string;
  yubin: string;
  jyusho: string;
  juusho2?: string;
  tel: string;
}

// Shipping labels for the courier's upload tool.
export async function writeLabels(list: Okurisaki[], path: string): Promise<void> {
  await writeFile(path, 'お届け先名,郵便番号,住所1,住所2,電話番号\r\n', 'utf8');
  for (const o of list) {
    await appendFile(path, `${o.namae},${o.yubin},${o.jyusho},${o.juusho2 ?? ''},${o.tel}\r\n`, 'utf8'); // expect: pii-guard/no-unprotected-pii-export
  }
}
