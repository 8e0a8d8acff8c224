import { useEffect, useState } from 'react';

export function OrderHistory({ userId }) {
  const [orders, setOrders] = useState([]);
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/users/${userId}/orders`, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((data) => !cancelled && setOrders(data))
      .catch((err) => {
        console.warn(`orders for ${userId} failed: ${err.message}`);
        setError(err);
      });
    return () => {
      cancelled = true;
    };
  }, [userId]);

  if (error) return <p role="alert">注文履歴を読み込めませんでした</p>;
  return (
    <ul className="orders">
      {orders.map((o) => (
        <li key={o.id} className="orders__item">
          #{o.id} — {o.itemCount}点 — ¥{o.total.toLocaleString('ja-JP')}
        </li>
      ))}
    </ul>
  );
}
