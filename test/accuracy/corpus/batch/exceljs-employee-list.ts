import ExcelJS from 'exceljs';
import { listEmployees } from './hr.js';

export async function buildEmployeeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('社員一覧');
  sheet.columns = [
    { header: '社員番号', key: 'employeeNo', width: 12 },
    { header: '氏名', key: 'fullName', width: 20 },
    { header: '生年月日', key: 'birthDate', width: 14 },
    { header: '住所', key: 'address', width: 40 },
  ];

  for (const e of await listEmployees()) {
    sheet.addRow({ employeeNo: e.employeeNo, fullName: e.fullName, birthDate: e.birthDate, address: e.address }); // expect: pii-guard/no-unprotected-pii-export
  }

  sheet.getRow(1).font = { bold: true };
  await workbook.xlsx.writeFile(path);
}
