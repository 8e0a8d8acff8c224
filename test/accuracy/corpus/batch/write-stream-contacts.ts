import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { iterateContacts } from './crm.js';

export async function dumpContacts(file: string): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let count = 0;
  for await (const contact of iterateContacts()) {
    const line = `${contact.id}\t${contact.fullName}\t${contact.email}\t${contact.mobilePhone}\n`;
    if (!out.write(line)) await once(out, 'drain'); // expect: pii-guard/no-unprotected-pii-export
    count += 1;
  }
  out.end();
  await once(out, 'finish');
  return count;
}
