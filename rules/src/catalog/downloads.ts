/**
 * Browser downloads: a Blob turned into an object URL, file-saver, and server responses sent as a file
 * attachment. The data leaves the system onto someone's disk.
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `saveAs(blob, filename, options)` */
const BLOB_THEN_NAME: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 1, role: 'destination' },
  { index: 'rest', from: 2, role: 'none' },
];

export const downloads: readonly SinkSpec[] = [
  {
    id: 'URL.createObjectURL',
    family: 'downloads',
    kind: 'export',
    api: 'URL.createObjectURL',
    global: 'URL',
    // The data is in the Blob: `URL.createObjectURL(new Blob([csv]))`.
    paths: ['createObjectURL'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'webkitURL.createObjectURL',
    family: 'downloads',
    kind: 'export',
    api: 'webkitURL.createObjectURL',
    global: 'webkitURL',
    paths: ['createObjectURL'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'file-saver',
    family: 'downloads',
    kind: 'export',
    api: 'saveAs',
    module: ['file-saver'],
    global: 'saveAs',
    paths: ['saveAs', ''],
    args: BLOB_THEN_NAME,
  },
  {
    id: 'downloadjs',
    family: 'downloads',
    kind: 'export',
    api: 'download',
    module: ['downloadjs', 'js-file-download'],
    paths: [''],
    args: BLOB_THEN_NAME,
  },
  {
    id: 'navigator.msSaveBlob',
    family: 'downloads',
    kind: 'export',
    api: 'navigator.msSaveBlob',
    global: 'navigator',
    paths: ['{msSaveBlob,msSaveOrOpenBlob}'],
    args: BLOB_THEN_NAME,
  },
  {
    id: 'express.res.download',
    family: 'downloads',
    kind: 'export',
    api: 'res.download',
    module: ['express'],
    // The file's content is judged where it was written; the path and the offered file name only say
    // where it goes.
    paths: ['Response.new().download'],
    receiverNames: ['res', 'response'],
    args: [
      { index: 0, role: 'destination' },
      { index: 1, role: 'destination' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'express.res.attachment',
    family: 'downloads',
    kind: 'export',
    api: 'res.attachment().send',
    module: ['express'],
    // `res.attachment('users.csv').send(csv)`: found by the receiver `attachment` when `res` is untyped.
    paths: ['Response.new().attachment().{send,end,write,json,jsonp}'],
    receiverNames: ['attachment'],
    args: [{ index: 0, role: 'data' }],
  },
];
