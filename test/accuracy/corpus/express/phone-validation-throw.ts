import { Router } from 'express';
import { parsePhoneNumber } from 'libphonenumber-js';
import { saveContact } from '../contacts.js';

export const contacts = Router();

function normalisePhone(phone: string): string {
  const parsed = parsePhoneNumber(phone, 'JP');
  if (!parsed?.isValid()) {
    throw new Error(`Invalid phone number: ${phone}`); // expect: pii-guard/no-pii-in-logs
  }
  return parsed.number;
}

contacts.post('/', async (req, res, next) => {
  try {
    const phone = normalisePhone(req.body.phone);
    const contact = await saveContact({ ...req.body, phone });
    res.status(201).json({ id: contact.id });
  } catch (err) {
    next(err);
  }
});
