import fs from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';

interface Applicant {
  id: string;
  fullName: string;
  email: string;
  desiredSalary: number;
}

export async function exportApplicants(applicants: Applicant[], file: string): Promise<void> {
  const csv = stringify({ header: true, columns: ['id', 'name', 'email', 'desired_salary'] });
  const out = fs.createWriteStream(file);
  csv.pipe(out);
  for (const a of applicants) {
    csv.write([a.id, a.fullName, a.email, a.desiredSalary]); // expect: pii-guard/no-unprotected-pii-export
  }
  csv.end();
  await once(out, 'finish');
}
