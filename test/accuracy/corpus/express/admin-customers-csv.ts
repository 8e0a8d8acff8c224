import { Router } from 'express';
import { requireRole } from '../middleware/auth.js';
import { db } from '../db.js';

export const adminRouter = Router();

function csvCell(value: unknown): string {
  const s = value == null ? '' : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

adminRouter.get('/admin/customers.csv', requireRole('admin'), async (_req, res) => {
  const customers = await db.customer.findMany({
    select: { id: true, fullName: true, email: true, phone: true, address: true },
  });

  const header = 'id,full_name,email,phone,address';
  const lines = customers.map((c) =>
    [c.id, c.fullName, c.email, c.phone, c.address].map(csvCell).join(','),
  );
  const csv = [header, ...lines].join('\n');

  res.type('text/csv').attachment('customers.csv').send(csv); // expect: pii-guard/no-unprotected-pii-export
});
