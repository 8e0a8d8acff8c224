import { writeFile } from 'node:fs/promises';

// Product readings for the search index: 商品名フリガナ is how a product name is read, not a person's.
interface Menu {
  商品コード: string;
  商品名: string;
  商品名フリガナ: string;
  カテゴリ: string;
}

export async function writeSearchIndex(menu: Menu[], path: string): Promise<void> {
  const docs = menu.map((m) => ({ id: m.商品コード, title: m.商品名, reading: m.商品名フリガナ, category: m.カテゴリ }));
  console.log('index sample', docs[0]?.title, docs[0]?.reading);
  await writeFile(path, JSON.stringify(docs));
}
