import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

// Seed data copied from the production CSV "just for now".
const users = [
  { fullName: '高橋 健二', email: 'takahashi.kenji1984@gmail.com', phone: '090-3842-1957' }, // expect: pii-guard/no-hardcoded-pii, pii-guard/no-hardcoded-pii
  { fullName: '佐藤 由紀', email: 'yuki.sato@docomo.ne.jp', phone: '080-4412-7789' }, // expect: pii-guard/no-hardcoded-pii, pii-guard/no-hardcoded-pii
];

async function main(): Promise<void> {
  for (const u of users) {
    await prisma.user.upsert({ where: { email: u.email }, create: u, update: u });
  }
  console.log(`seeded ${users.length} users`);
}

main().finally(() => prisma.$disconnect());
