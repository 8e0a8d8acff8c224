export interface ProductFilter {
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  sort?: 'price' | 'newest';
  pageToken?: string;
}

export async function searchProducts(filter: ProductFilter) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const res = await fetch(`/api/products?${params}`);
  const body = (await res.json()) as { items: unknown[]; nextPageToken?: string };
  console.debug(`products page: ${body.items.length} items, next=${body.nextPageToken ?? 'none'}`);
  return body;
}
