import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';

const logger = pino();

export async function listUploads(dir: string): Promise<Array<{ name: string; size: number }>> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const fileName = entry.name;
    const { size } = await stat(path.join(dir, fileName));
    logger.debug({ fileName, size, ext: path.extname(fileName) }, 'found upload');
    files.push({ name: fileName, size });
  }
  logger.info(`listed ${files.length} files in ${path.basename(dir)}`);
  return files;
}
