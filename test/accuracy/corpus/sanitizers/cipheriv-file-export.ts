import { createCipheriv, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { getSecret } from './secrets-manager.js';

interface Customer {
  id: string;
  fullName: string;
  email: string;
  phone: string;
}

export async function writeEncryptedExport(customers: Customer[], file: string): Promise<void> {
  const key = Buffer.from(await getSecret('exports/aes-256-key'), 'base64');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const plaintext = JSON.stringify(customers);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  await writeFile(file, Buffer.concat([iv, tag, encrypted]));
}
