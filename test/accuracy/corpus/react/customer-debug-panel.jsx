import { useEffect } from 'react';

export function CustomerDetail({ customer, onClose }) {
  useEffect(() => {
    console.log('CustomerDetail mounted with', customer); // expect: pii-guard/no-pii-in-logs
  }, [customer]);

  return (
    <aside className="customer-detail">
      <button onClick={onClose} aria-label="閉じる">×</button>
      <h2>{customer.fullName}</h2>
      <p>{customer.email}</p>
      <p>{customer.phone}</p>
      <address>{customer.address}</address>
    </aside>
  );
}
