#!/usr/bin/env node
import { writeFileSync, mkdirSync } from 'node:fs';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

const users = await prisma.user.findMany({ include: { addresses: true } });
mkdirSync('./dump', { recursive: true });
writeFileSync('./dump/users.json', JSON.stringify(users, null, 2)); // expect: pii-guard/no-unprotected-pii-export
console.log(`dumped ${users.length} users`);
await prisma.$disconnect();
