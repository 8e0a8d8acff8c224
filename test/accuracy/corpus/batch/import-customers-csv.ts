import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function importCustomers(file: string): Promise<{ imported: number; skipped: number }> {
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, trim: true }));
  let imported = 0;
  let skipped = 0;

  for await (const record of parser) {
    if (!record.email) {
      skipped += 1;
      continue;
    }
    await prisma.customer.upsert({
      where: { email: record.email },
      create: { email: record.email, fullName: record.full_name, phone: record.phone },
      update: { fullName: record.full_name, phone: record.phone },
    });
    imported += 1;
  }
  console.log(`import finished: imported=${imported} skipped=${skipped}`);
  return { imported, skipped };
}
