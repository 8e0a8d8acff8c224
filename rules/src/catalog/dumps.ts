/**
 * CSV / Excel / JSON dump builders: the bulk export that a list screen's "download" button or a batch
 * job produces. The builder is the sink, so the file or response it is written to later is not
 * reported a second time (a sink's result carries nothing further).
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `stringify(records, options, callback)` */
const RECORDS_FIRST: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 'rest', from: 1, role: 'none' },
];

const XLSX_MODULES = ['xlsx', 'xlsx-js-style'];
const EXCELJS_SHEET = 'Workbook.new().{addWorksheet,getWorksheet}()';

export const dumps: readonly SinkSpec[] = [
  {
    id: 'csv-stringify',
    family: 'dumps',
    kind: 'export',
    api: 'csv-stringify',
    module: ['csv-stringify', 'csv-stringify/sync', 'csv-stringify/browser/esm', 'csv-stringify/browser/esm/sync', 'csv', 'csv/sync'],
    // `stringify(rows)`; v5 exported the function as the default.
    paths: ['stringify', ''],
    args: RECORDS_FIRST,
  },
  {
    id: 'csv-stringify.stream',
    family: 'dumps',
    kind: 'export',
    api: 'csv-stringify',
    module: ['csv-stringify', 'csv'],
    paths: ['stringify().write', '().write'],
    args: RECORDS_FIRST,
  },
  {
    id: 'papaparse.unparse',
    family: 'dumps',
    kind: 'export',
    api: 'Papa.unparse',
    module: ['papaparse'],
    global: 'Papa',
    paths: ['unparse'],
    args: RECORDS_FIRST,
  },
  {
    id: 'json2csv',
    family: 'dumps',
    kind: 'export',
    api: 'json2csv',
    module: ['json2csv', '@json2csv/plainjs'],
    paths: ['{parse,parseAsync}', '{Parser,AsyncParser}.new().parse'],
    args: RECORDS_FIRST,
  },
  {
    id: 'json-2-csv',
    family: 'dumps',
    kind: 'export',
    api: 'json-2-csv',
    module: ['json-2-csv'],
    paths: ['{json2csv,json2csvAsync}'],
    args: RECORDS_FIRST,
  },
  {
    id: 'fast-csv',
    family: 'dumps',
    kind: 'export',
    api: 'fast-csv',
    module: ['fast-csv', '@fast-csv/format'],
    paths: ['{writeToString,writeToBuffer}', 'format().write'],
    args: RECORDS_FIRST,
  },
  {
    id: 'fast-csv.writeToPath',
    family: 'dumps',
    kind: 'export',
    api: 'fast-csv.writeToPath',
    module: ['fast-csv', '@fast-csv/format'],
    paths: ['{writeToPath,writeToStream}'],
    args: [
      { index: 0, role: 'destination' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'xlsx.utils.json_to_sheet',
    family: 'dumps',
    kind: 'export',
    api: 'XLSX.utils.json_to_sheet',
    module: XLSX_MODULES,
    global: 'XLSX',
    paths: ['utils.{json_to_sheet,aoa_to_sheet}'],
    args: RECORDS_FIRST,
  },
  {
    id: 'xlsx.utils.sheet_add_json',
    family: 'dumps',
    kind: 'export',
    api: 'XLSX.utils.sheet_add_json',
    module: XLSX_MODULES,
    global: 'XLSX',
    // `sheet_add_json(ws, rows, opts)`: the sheet is the target.
    paths: ['utils.{sheet_add_json,sheet_add_aoa}'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'xlsx.writeFile',
    family: 'dumps',
    kind: 'export',
    api: 'XLSX.writeFile',
    module: XLSX_MODULES,
    global: 'XLSX',
    paths: ['{writeFile,writeFileXLSX,writeFileAsync,write,writeXLSX}'],
    args: [
      { index: 0, role: 'data' },
      { index: 1, role: 'destination' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'exceljs.addRow',
    family: 'dumps',
    kind: 'export',
    api: 'worksheet.addRow',
    module: ['exceljs'],
    paths: [`${EXCELJS_SHEET}.{addRow,addRows,insertRow,insertRows}`, 'Worksheet.new().{addRow,addRows,insertRow,insertRows}'],
    // `worksheet.addRow(...)` where the sheet came from a parameter or another module.
    receiverNames: ['worksheet', 'sheet', 'ws'],
  },
  {
    id: 'exceljs.cell',
    family: 'dumps',
    kind: 'export',
    api: 'worksheet.getCell().value',
    module: ['exceljs'],
    paths: [`${EXCELJS_SHEET}.getCell().value`, `${EXCELJS_SHEET}.getRow().getCell().value`, `${EXCELJS_SHEET}.getRow().values`],
    assign: true,
  },
];
