import { Injectable } from '@nestjs/common';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { EmployeesService } from './employees.service';

@Injectable()
export class PayrollReportService {
  private readonly s3 = new S3Client({ region: 'ap-northeast-1' });

  constructor(private readonly employees: EmployeesService) {}

  async publish(month: string): Promise<string> {
    const staff = await this.employees.findAllWithSalary();
    const body = JSON.stringify(
      staff.map((e) => ({ employeeId: e.id, name: e.fullName, bankAccountNumber: e.bankAccountNumber, salary: e.salary })),
    );
    const key = `payroll/${month}.json`;
    await this.s3.send(new PutObjectCommand({ Bucket: 'acme-hr-reports', Key: key, Body: body })); // expect: pii-guard/no-unprotected-pii-export
    return key;
  }
}
