/**
 * CSV / Excel dumps: builders whose output the flow analysis cannot follow to where it is written (rows
 * pushed into a stream that is piped elsewhere, worksheets added to a workbook, files written directly),
 * and serialisers that return a string (`stringify(rows)`, papaparse `unparse`, json2csv `parse`).
 *
 * Serialisers are `intermediate`: when their result is seen going on to a file write, an upload, a Blob or
 * a cipher, the take-out is judged there (with its real destination, after any encryption); when it is
 * returned or handed to code out of sight, the dump itself is reported.
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `stream.write(record)`, `json_to_sheet(rows, options)` */
const RECORDS_FIRST: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 'rest', from: 1, role: 'none' },
];

const XLSX_MODULES = ['xlsx', 'xlsx-js-style'];
const EXCELJS_SHEET = 'Workbook.new().{addWorksheet,getWorksheet}()';

/** `stringify(records, options?, callback?)`, `unparse(records | { fields, data })` */
const RECORDS_THEN_OPTIONS: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 'rest', from: 1, role: 'none' },
];

export const dumps: readonly SinkSpec[] = [
  {
    id: 'csv-stringify',
    family: 'dumps',
    kind: 'export',
    api: 'csv-stringify',
    module: ['csv-stringify', 'csv-stringify/sync', 'csv'],
    paths: ['stringify', ''],
    args: RECORDS_THEN_OPTIONS,
    intermediate: true,
  },
  {
    id: 'papaparse.unparse',
    family: 'dumps',
    kind: 'export',
    api: 'Papa.unparse',
    module: ['papaparse'],
    global: 'Papa',
    paths: ['unparse'],
    args: RECORDS_THEN_OPTIONS,
    intermediate: true,
  },
  {
    id: 'json2csv',
    family: 'dumps',
    kind: 'export',
    api: 'json2csv',
    module: ['json2csv', '@json2csv/plainjs'],
    paths: ['parse', 'Parser.new().parse'],
    args: RECORDS_THEN_OPTIONS,
    intermediate: true,
  },
  {
    id: 'fast-csv.writeToString',
    family: 'dumps',
    kind: 'export',
    api: 'fast-csv.writeToString',
    module: ['fast-csv', '@fast-csv/format'],
    paths: ['{writeToString,writeToBuffer}'],
    args: RECORDS_THEN_OPTIONS,
    intermediate: true,
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
    id: 'fast-csv',
    family: 'dumps',
    kind: 'export',
    api: 'fast-csv',
    module: ['fast-csv', '@fast-csv/format'],
    paths: ['format().write'],
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
