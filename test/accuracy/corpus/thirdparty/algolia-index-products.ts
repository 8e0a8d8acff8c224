import { algoliasearch } from 'algoliasearch';

const client = algoliasearch(process.env.ALGOLIA_APP_ID ?? '', process.env.ALGOLIA_ADMIN_KEY ?? '');

export async function indexProducts(products: Array<{ sku: string; productName: string; brandName: string; price: number }>) {
  await client.saveObjects({
    indexName: 'products',
    objects: products.map((p) => ({ objectID: p.sku, name: p.productName, brand: p.brandName, price: p.price })),
  });
}
