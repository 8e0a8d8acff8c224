import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function saveFailedRequest(dir: string, request: { id: string; body: { email: string; phone: string; name: string } }) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${request.id}.json`), JSON.stringify(request.body)); // expect: pii-guard/no-unprotected-pii-export
}
