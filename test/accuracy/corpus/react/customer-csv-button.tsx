import Papa from 'papaparse';
import type { Customer } from '../types';

interface Props {
  customers: Customer[];
}

export function ExportCustomersButton({ customers }: Props) {
  const handleExport = () => {
    const csv = Papa.unparse(
      customers.map((c) => ({ 氏名: c.fullName, メール: c.email, 電話: c.phone, 住所: c.address })),
    );
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' })); // expect: pii-guard/no-unprotected-pii-export
    const a = document.createElement('a');
    a.href = url;
    a.download = `customers-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <button type="button" onClick={handleExport} disabled={customers.length === 0}>
      CSVエクスポート
    </button>
  );
}
