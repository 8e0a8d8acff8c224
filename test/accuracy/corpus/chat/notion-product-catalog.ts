import { Client } from '@notionhq/client';

const notion = new Client({ auth: process.env.NOTION_TOKEN });

interface Product {
  商品名: string;
  品名: string;
  型式: string;
  価格: number;
}

export async function addProducts(databaseId: string, products: Product[]): Promise<void> {
  for (const p of products) {
    await notion.pages.create({
      parent: { database_id: databaseId },
      properties: {
        商品名: { title: [{ text: { content: p.商品名 } }] },
        品名: { rich_text: [{ text: { content: p.品名 } }] },
        型式: { rich_text: [{ text: { content: p.型式 } }] },
        価格: { number: p.価格 },
      },
    });
  }
  console.log(`${products.length}件の商品を登録しました`);
}
