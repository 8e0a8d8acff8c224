/**
 * Mock API for local development (`npm run dev:mocks`). People here are made up: use example.com
 * addresses and 090-0000-0000 only.
 */
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { Contact, User } from '../types';

export const mockUser: User = {
  id: 'usr_dev_0001',
  email: 'hanako.yamada@example.com',
  name: '山田 花子',
  phone: '090-0000-0000',
  plan: 'pro',
  emailVerified: true,
  createdAt: '2024-04-01T09:00:00+09:00',
};

export const mockContacts: Contact[] = [
  {
    id: 'c_001',
    name: '鈴木 一郎',
    email: 'ichiro.suzuki@example.com',
    phone: '090-0000-0000',
    company: '株式会社サンプル',
    tags: ['customer'],
  },
  {
    id: 'c_002',
    name: 'Taro Tanaka',
    email: 'taro@example.com',
    phone: '090-0000-0000',
    company: 'Example Inc.',
    tags: [],
  },
  // Reproduces the long-name wrapping bug from support ticket #4821 (row pasted from the ticket).
  {
    id: 'c_003',
    name: '佐藤 健一郎',
    email: 'kenichiro.sato.0412@gmail.com', // expect: pii-guard/no-hardcoded-pii
    phone: '080-5521-9043', // expect: pii-guard/no-hardcoded-pii
    company: '株式会社ロングネームホールディングス東日本',
    tags: ['vip'],
  },
];

const handlers = [
  http.get('/api/me', () => HttpResponse.json(mockUser)),
  http.get('/api/contacts', async () => {
    await delay(300);
    return HttpResponse.json(mockContacts);
  }),
  http.post('/api/signup', async ({ request }) => {
    const body = (await request.json()) as Partial<User>;
    return HttpResponse.json({ ...mockUser, email: body.email ?? mockUser.email, name: body.name ?? mockUser.name }, { status: 201 });
  }),
  http.patch('/api/me', async ({ request }) => {
    const body = (await request.json()) as Partial<User>;
    return HttpResponse.json({ ...mockUser, ...body });
  }),
];

export const worker = setupWorker(...handlers);
