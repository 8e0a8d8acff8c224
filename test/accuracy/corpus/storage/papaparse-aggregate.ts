import Papa from 'papaparse';

interface DailyStat {
  date: string;
  pageViews: number;
  uniqueVisitors: number;
  conversions: number;
}

export function statsToCsv(stats: DailyStat[]): string {
  return Papa.unparse(stats, { columns: ['date', 'pageViews', 'uniqueVisitors', 'conversions'] });
}
