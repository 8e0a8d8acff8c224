import ExcelJS from 'exceljs';

export async function writeInventoryReport(items: Array<{ sku: string; productName: string; stock: number; warehouse: string }>, file: string) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'inventory-bot';
  const sheet = workbook.addWorksheet('Inventory');
  sheet.columns = [
    { header: 'SKU', key: 'sku' },
    { header: 'Product', key: 'productName' },
    { header: 'Stock', key: 'stock' },
    { header: 'Warehouse', key: 'warehouse' },
  ];
  sheet.addRows(items);
  await workbook.xlsx.writeFile(file);
}
