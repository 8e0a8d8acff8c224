import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { zip } from 'lodash-es';

export function writeCompressedMetrics(names: string[], values: number[], file: string): void {
  const pairs = zip(names, values);
  const gz = gzipSync(Buffer.from(JSON.stringify(pairs)));
  writeFileSync(`${file}.gz`, gz);
  console.log(`wrote ${pairs.length} metric pairs (${gz.length} bytes gzip)`);
}
