import { writeFile } from 'node:fs/promises';

const COL = { NAME: '氏名', TEL: '電話番号', MAIL: 'メールアドレス' } as const;

interface Customer {
  id: string;
  name: string;
  phone: string;
  email: string;
}

export async function dumpForPrinter(customers: Customer[], path: string): Promise<void> {
  const rows = customers.map((c) => ({ [COL.NAME]: c.name, [COL.TEL]: c.phone, [COL.MAIL]: c.email }));
  await writeFile(path, JSON.stringify(rows, null, 2)); // expect: pii-guard/no-unprotected-pii-export
}
