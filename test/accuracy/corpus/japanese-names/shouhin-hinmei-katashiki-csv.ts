import { writeFile } from 'node:fs/promises';

interface Item {
  商品コード: string;
  商品名: string;
  品名: string;
  型式: string;
  単価: number;
}

export async function exportCatalog(items: Item[], path: string): Promise<void> {
  const header = '商品コード,商品名,品名,型式,単価';
  const lines = items.map((i) => [i.商品コード, i.商品名, i.品名, i.型式, i.単価].join(','));
  await writeFile(path, [header, ...lines].join('\n'), 'utf8');
  console.log(`商品カタログ: ${items.length}件 -> ${path}`);
}
