import * as XLSX from 'xlsx';

export function inspectWorkbook(path: string): void {
  const wb = XLSX.readFile(path);
  const ファイル名 = path.split('/').pop();
  console.log(`ファイル名: ${ファイル名}`);
  for (const シート名 of wb.SheetNames) {
    const ref = wb.Sheets[シート名]['!ref'] ?? '';
    console.log(`シート名: ${シート名} 範囲: ${ref}`);
  }
}
