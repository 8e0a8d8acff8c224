export function ProductCard({ product, onAdd }) {
  const className = product.soldOut ? 'product-card product-card--soldout' : 'product-card';
  return (
    <article className={className} data-sku={product.sku}>
      <img src={product.imageUrl} alt={product.name} />
      <h3 className="product-card__name">{product.name}</h3>
      <p className="product-card__brand">{product.brandName}</p>
      <p className="product-card__price">¥{product.price.toLocaleString('ja-JP')}</p>
      <button disabled={product.soldOut} onClick={() => onAdd(product.sku)}>
        カートに入れる
      </button>
    </article>
  );
}

export function ProductGrid({ products, onAdd }) {
  console.debug(`ProductGrid: ${products.length} products`, products.map((p) => p.name));
  return (
    <div className="product-grid">
      {products.map((p) => (
        <ProductCard key={p.sku} product={p} onAdd={onAdd} />
      ))}
    </div>
  );
}
