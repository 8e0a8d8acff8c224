function maskCardNumber(cardNumber) {
  return `•••• •••• •••• ${cardNumber.slice(-4)}`;
}

export function SavedCard({ card, onRemove }) {
  const masked = maskCardNumber(card.cardNumber);
  console.info('rendering saved card', { brand: card.brand, masked });
  return (
    <div className="saved-card">
      <span className={`brand brand--${card.brand}`}>{card.brand}</span>
      <span>{masked}</span>
      <span>
        {String(card.expMonth).padStart(2, '0')}/{card.expYear}
      </span>
      <button onClick={() => onRemove(card.id)}>削除</button>
    </div>
  );
}
