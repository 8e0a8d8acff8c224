import * as XLSX from 'xlsx';
import { saveAs } from 'file-saver';

export function exportContacts(contacts: Array<{ name: string; company: string; email: string; mobile: string }>): void {
  const sheet = XLSX.utils.aoa_to_sheet([ // expect: pii-guard/no-unprotected-pii-export
    ['氏名', '会社名', 'メール', '携帯'],
    ...contacts.map((c) => [c.name, c.company, c.email, c.mobile]),
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '連絡先');
  const out = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
  saveAs(new Blob([out], { type: 'application/octet-stream' }), 'contacts.xlsx');
}
