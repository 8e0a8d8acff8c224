import { Logger } from '@nestjs/common';

interface Employee {
  id: string;
  fullName: string;
  email: string;
  salary: number;
  password?: string;
}

const logger = new Logger('HR');

export function logPromotion(employee: Employee, newTitle: string): void {
  logger.log({ ...employee, password: undefined, newTitle }); // expect: pii-guard/no-pii-in-logs
}
