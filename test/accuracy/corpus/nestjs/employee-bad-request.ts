import { BadRequestException, Injectable } from '@nestjs/common';
import { EmployeesRepository } from './employees.repository';

interface ImportRow {
  employeeNo: string;
  fullName: string;
  email: string;
}

@Injectable()
export class EmployeeImportService {
  constructor(private readonly repo: EmployeesRepository) {}

  async importRow(row: ImportRow, lineNo: number): Promise<void> {
    if (!row.email.endsWith('@acme.co.jp')) {
      throw new BadRequestException(`line ${lineNo}: ${row.fullName} has a non-company address ${row.email}`); // expect: pii-guard/no-pii-in-logs
    }
    if (!/^E\d{6}$/.test(row.employeeNo)) {
      throw new BadRequestException(`line ${lineNo}: malformed employee number`);
    }
    await this.repo.upsert(row);
  }
}
