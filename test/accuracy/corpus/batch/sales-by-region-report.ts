import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { sql } from './db.js';

interface RegionTotal {
  region: string;
  orders: number;
  revenue: number;
}

export async function writeRegionReport(month: string, file: string): Promise<void> {
  const totals = await sql<RegionTotal[]>`
    SELECT region, COUNT(*)::int AS orders, SUM(total)::int AS revenue
    FROM orders WHERE to_char(created_at, 'YYYY-MM') = ${month}
    GROUP BY region ORDER BY revenue DESC`;

  const csv = stringify(totals, { header: true, columns: ['region', 'orders', 'revenue'] });
  writeFileSync(file, csv);
  console.log(`region report for ${month}: ${totals.length} regions -> ${file}`);
}
