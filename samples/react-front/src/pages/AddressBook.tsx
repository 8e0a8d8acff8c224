import { useEffect, useMemo, useState } from 'react';
import type { Contact } from '../types';

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function AddressBook() {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/contacts', { credentials: 'same-origin' })
      .then((res) => {
        if (!res.ok) throw new Error(`GET /api/contacts failed with ${res.status}`);
        return res.json() as Promise<Contact[]>;
      })
      .then((data) => {
        if (cancelled) return;
        // TODO(remove): checking the phone format coming from the new importer
        console.log(data.map((contact) => `${contact.name}: ${contact.phone}`)); // expect: pii-guard/no-pii-in-logs
        setContacts(data);
      })
      .catch((err: unknown) => {
        console.error('address book: load failed', err);
        if (!cancelled) setLoadError(true);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return contacts;
    return contacts.filter(
      (contact) =>
        contact.name.toLowerCase().includes(q) ||
        contact.email.toLowerCase().includes(q) ||
        contact.company.toLowerCase().includes(q),
    );
  }, [contacts, query]);

  function exportCsv() {
    const header = ['氏名', 'メールアドレス', '電話番号', '会社名'].join(',');
    const lines = visible.map((contact) => [contact.name, contact.email, contact.phone, contact.company].map(csvCell).join(','));
    // BOM so that Excel opens the Japanese text as UTF-8.
    const csv = '\uFEFF' + [header, ...lines].join('\r\n');
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })); // expect: pii-guard/no-unprotected-pii-export
    const link = document.createElement('a');
    link.href = url;
    link.download = `address-book-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  if (loading) return <p>読み込み中…</p>;
  if (loadError) return <p role="alert">アドレス帳を読み込めませんでした。</p>;

  return (
    <section className="address-book">
      <header>
        <h1>アドレス帳</h1>
        <input type="search" placeholder="氏名・メール・会社名で検索" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" onClick={exportCsv} disabled={visible.length === 0}>
          CSVで書き出す
        </button>
      </header>
      <table>
        <thead>
          <tr>
            <th>氏名</th>
            <th>メールアドレス</th>
            <th>電話番号</th>
            <th>会社名</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((contact) => (
            <tr key={contact.id}>
              <td>{contact.name}</td>
              <td>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </td>
              <td>
                <a href={`tel:${contact.phone}`}>{contact.phone}</a>
              </td>
              <td>{contact.company}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="count">{visible.length} 件</p>
    </section>
  );
}
