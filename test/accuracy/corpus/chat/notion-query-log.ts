import { Client } from '@notionhq/client';

const notion = new Client({ auth: process.env.NOTION_TOKEN });

// Reads the 顧客 database and debugs the rows it could not parse.
export async function loadCustomers(databaseId: string): Promise<string[]> {
  const { results } = await notion.databases.query({ database_id: databaseId, page_size: 100 });
  const ids: string[] = [];
  for (const page of results) {
    if (!('properties' in page)) continue;
    const props = page.properties;
    if (props['電話番号']?.type !== 'phone_number') {
      console.warn('unexpected row', JSON.stringify(props)); // expect: pii-guard/no-pii-in-logs (whole customer row)
      continue;
    }
    ids.push(page.id);
  }
  console.info(`loaded ${ids.length}/${results.length} customers`);
  return ids;
}
