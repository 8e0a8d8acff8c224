import { stringify } from 'csv-stringify/sync';
import { writeFile } from 'node:fs/promises';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function exportMembers(target: string): Promise<number> {
  const members = await prisma.member.findMany({
    select: { memberNo: true, lastName: true, firstName: true, email: true, birthDate: true },
  });

  const csv = stringify(members, {
    header: true,
    columns: ['memberNo', 'lastName', 'firstName', 'email', 'birthDate'],
  });
  await writeFile(target, csv); // expect: pii-guard/no-unprotected-pii-export
  return members.length;
}
