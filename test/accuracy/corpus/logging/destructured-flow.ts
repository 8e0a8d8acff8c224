import pino from 'pino';

const log = pino();

interface Applicant {
  id: string;
  fullName: string;
  email: string;
  desiredSalary: number;
}

export function screen(applicant: Applicant): boolean {
  const { fullName: candidate, desiredSalary } = applicant;
  const label = `${candidate} asks ${desiredSalary}`;
  const accepted = desiredSalary <= 9_000_000;
  log.info(`screening ${label}: ${accepted ? 'pass' : 'reject'}`); // expect: pii-guard/no-pii-in-logs
  return accepted;
}
