/**
 * File writes: a file on disk (or a share, or a USB stick) is the classic take-out (digest §7, `export`).
 * The path argument only says where the data goes.
 */
import type { ArgSpec, SinkSpec } from './types.js';

const FS_MODULES = ['fs', 'fs/promises', 'graceful-fs', 'fs-extra', 'jsonfile'];

/** `writeFile(path, data, options)` */
const PATH_THEN_DATA: ArgSpec[] = [
  { index: 0, role: 'destination' },
  { index: 1, role: 'data' },
  { index: 'rest', from: 2, role: 'none' },
];

/** `stream.write(chunk, encoding, callback)` */
const CHUNK: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 'rest', from: 1, role: 'none' },
];

export const files: readonly SinkSpec[] = [
  {
    id: 'fs.writeFile',
    family: 'files',
    kind: 'export',
    api: 'fs.writeFile',
    module: FS_MODULES,
    paths: ['{writeFile,writeFileSync,appendFile,appendFileSync}', 'promises.{writeFile,appendFile}'],
    args: PATH_THEN_DATA,
  },
  {
    id: 'fs.write',
    family: 'files',
    kind: 'export',
    api: 'fs.write',
    module: FS_MODULES,
    // `fs.write(fd, data)`: the first argument is a descriptor.
    paths: ['{write,writeSync}'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'fs.FileHandle.write',
    family: 'files',
    kind: 'export',
    api: 'FileHandle.write',
    module: FS_MODULES,
    // `const fh = await fs.promises.open(p, 'w'); await fh.writeFile(data)`
    paths: ['open().{write,writeFile,appendFile}', 'promises.open().{write,writeFile,appendFile}'],
    args: CHUNK,
  },
  {
    id: 'fs.createWriteStream',
    family: 'files',
    kind: 'export',
    api: 'fs.createWriteStream',
    module: FS_MODULES,
    paths: ['createWriteStream().{write,end}', 'promises.open().createWriteStream().{write,end}', 'open().createWriteStream().{write,end}'],
    args: CHUNK,
  },
  {
    id: 'fs-extra.outputFile',
    family: 'files',
    kind: 'export',
    api: 'fs-extra.outputFile',
    module: ['fs-extra'],
    paths: [
      '{outputFile,outputFileSync}',
      '{writeJson,writeJSON,writeJsonSync,writeJSONSync,outputJson,outputJSON,outputJsonSync,outputJSONSync}',
    ],
    args: PATH_THEN_DATA,
  },
  {
    id: 'write-file-atomic',
    family: 'files',
    kind: 'export',
    api: 'write-file-atomic',
    module: ['write-file-atomic'],
    paths: ['', 'sync'],
    args: PATH_THEN_DATA,
  },
  {
    id: 'Deno.writeTextFile',
    family: 'files',
    kind: 'export',
    api: 'Deno.writeTextFile',
    global: 'Deno',
    paths: ['{writeTextFile,writeTextFileSync,writeFile,writeFileSync}'],
    args: PATH_THEN_DATA,
  },
  {
    id: 'Bun.write',
    family: 'files',
    kind: 'export',
    api: 'Bun.write',
    global: 'Bun',
    paths: ['write'],
    args: PATH_THEN_DATA,
  },
];
