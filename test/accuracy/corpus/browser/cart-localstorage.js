const CART_KEY = 'cart:v2';

export function loadCart() {
  try {
    return JSON.parse(localStorage.getItem(CART_KEY)) ?? { items: [] };
  } catch {
    return { items: [] };
  }
}

export function addToCart(product, quantity = 1) {
  const cart = loadCart();
  const existing = cart.items.find((i) => i.sku === product.sku);
  if (existing) existing.quantity += quantity;
  else cart.items.push({ sku: product.sku, productName: product.name, price: product.price, quantity });
  localStorage.setItem(CART_KEY, JSON.stringify(cart));
  document.dispatchEvent(new CustomEvent('cart:changed', { detail: { count: cart.items.length } }));
  return cart;
}
