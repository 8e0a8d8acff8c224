import JSZip from 'jszip';
import { writeFile } from 'node:fs/promises';

export async function bundleReports(files: Array<{ fileName: string; content: string }>, out: string): Promise<void> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.fileName, f.content);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await writeFile(out, buf);
  console.log(`zip: ${files.length} files -> ${out} (${buf.length} bytes)`);
}
