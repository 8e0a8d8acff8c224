import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

const createMemberSchema = {
  body: {
    type: 'object',
    required: ['email', 'name'],
    properties: {
      email: { type: 'string', format: 'email', maxLength: 254 },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      phone: { type: 'string', pattern: '^0\\d{9,10}$' },
      birthDate: { type: 'string', format: 'date' },
    },
  },
} as const;

app.post('/members', { schema: createMemberSchema }, async (request, reply) => {
  const body = request.body as { email: string; name: string; phone?: string; birthDate?: string };
  const member = await prisma.member.create({ data: body });
  request.log.info({ memberId: member.id, statusCode: 201 }, 'member created');
  return reply.code(201).send({ id: member.id });
});

export default app;
