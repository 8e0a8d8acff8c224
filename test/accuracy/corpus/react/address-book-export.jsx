function toCsv(contacts) {
  const header = 'name,email,phone';
  return [header, ...contacts.map((c) => `"${c.name}","${c.email}","${c.phone}"`)].join('\n');
}

export function AddressBookExport({ contacts }) {
  const exportCsv = () => {
    const href = URL.createObjectURL(new Blob([toCsv(contacts)], { type: 'text/csv' })); // expect: pii-guard/no-unprotected-pii-export
    const a = document.createElement('a');
    a.href = href;
    a.download = 'address-book.csv';
    a.click();
    URL.revokeObjectURL(href);
  };

  return (
    <button type="button" className="btn btn--secondary" onClick={exportCsv}>
      アドレス帳をエクスポート ({contacts.length}件)
    </button>
  );
}
