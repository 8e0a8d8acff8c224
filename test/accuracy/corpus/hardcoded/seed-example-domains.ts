import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

const users = [
  { fullName: '山田 太郎', email: 'taro.yamada@example.com', phone: '090-0000-0000' },
  { fullName: '山田 花子', email: 'hanako@example.jp', phone: '03-0000-0000' },
  { fullName: 'Test User', email: 'qa+1@example.org', phone: '000-0000-0000' },
  { fullName: 'Invalid Address', email: 'nobody@test.invalid', phone: '' },
];

async function main(): Promise<void> {
  await prisma.user.createMany({ data: users, skipDuplicates: true });
  console.log(`seeded ${users.length} users`);
}

main().finally(() => prisma.$disconnect());
