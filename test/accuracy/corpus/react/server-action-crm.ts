'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';

const Lead = z.object({
  name: z.string(),
  email: z.string().email(),
  company: z.string().optional(),
});

export async function submitLead(formData: FormData) {
  const lead = Lead.parse({
    name: formData.get('name'),
    email: formData.get('email'),
    company: formData.get('company') ?? undefined,
  });

  const res = await fetch('https://api.pipedrive.com/v1/persons', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-api-token': process.env.PIPEDRIVE_TOKEN ?? '' },
    body: JSON.stringify({ name: lead.name, email: [{ value: lead.email, primary: true }], org_name: lead.company }),
  });
  if (!res.ok) throw new Error(`Pipedrive responded ${res.status}`);
  revalidatePath('/thanks');
}
