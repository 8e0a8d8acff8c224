import { PrismaClient, Prisma } from '@prisma/client';

const prisma = new PrismaClient();

export async function createCustomer(data: { fullName: string; email: string; phone: string; birthDate: Date; address: string }) {
  const customer = await prisma.customer.create({ data });
  await prisma.auditEvent.create({ data: { kind: 'customer.created', subjectId: customer.id } });
  await prisma.$executeRaw(Prisma.sql`UPDATE customers SET phone = ${data.phone} WHERE id = ${customer.id}`);
  return customer;
}
