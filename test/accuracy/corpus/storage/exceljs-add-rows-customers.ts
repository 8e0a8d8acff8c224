import ExcelJS from 'exceljs';
import type { Response } from 'express';

export async function sendCustomerWorkbook(res: Response, customers: Array<{ id: string; fullName: string; email: string; phone: string }>) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Customers');
  sheet.addRow(['ID', 'Name', 'Email', 'Phone']);
  sheet.addRows(customers.map((c) => [c.id, c.fullName, c.email, c.phone])); // expect: pii-guard/no-unprotected-pii-export

  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', 'attachment; filename="customers.xlsx"');
  await workbook.xlsx.write(res);
  res.end();
}
