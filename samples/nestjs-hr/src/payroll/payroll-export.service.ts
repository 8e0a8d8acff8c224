/**
 * 給与関連のファイル出力: 全銀フォーマットの給与振込データ、給与支払報告書 CSV、部署別集計。
 * 出力先は経理部の共有ボリューム (/srv/payroll/outbox)。
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { Repository } from 'typeorm';
import { Employee } from '../employees/employee.entity';
import { EmployeesService } from '../employees/employees.service';

/** 給与支払者(当社)。法人番号は国税庁が公表している番号。 */
const COMPANY = {
  name: '株式会社サンプル商事',
  corporateNumber: '4011001999991',
  iraininCode: '1234567890',
  iraininMeiKana: 'ｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ',
  ginkoCode: '0005',
  shitenCode: '001',
  kozaBangou: '1234567',
} as const;

const RECORD_LENGTH = 120;

function fixed(value: string, length: number): string {
  return value.slice(0, length).padEnd(length, ' ');
}

function digits(value: string | number, length: number): string {
  return String(value).padStart(length, '0').slice(-length);
}

function maskKozaBangou(kozaBangou: string): string {
  return `****${kozaBangou.slice(-3)}`;
}

/** ヘッダー・レコード(総合振込の給与振込、種別コード 11)。payDay は MMDD。 */
function headerRecord(payDay: string): string {
  return [
    '1', '11', '0', digits(COMPANY.iraininCode, 10), fixed(COMPANY.iraininMeiKana, 40), payDay,
    digits(COMPANY.ginkoCode, 4), fixed('', 15), digits(COMPANY.shitenCode, 3), fixed('', 15),
    '1', digits(COMPANY.kozaBangou, 7), fixed('', 17),
  ].join('');
}

/** データ・レコード: 振込先の口座と受取人名(半角カナ)。 */
function dataRecord(employee: Employee, amount: number): string {
  return [
    '2', digits(employee.ginkoCode, 4), fixed('', 15), digits(employee.shitenCode, 3), fixed('', 15), fixed('', 4),
    '1', digits(employee.kozaBangou, 7), fixed(employee.kozaMeigiKana, 30), digits(amount, 10),
    '0', fixed(employee.shainBangou, 10), fixed('', 10), '7', ' ', fixed('', 7),
  ].join('');
}

function trailerRecord(count: number, total: number): string {
  return ['8', digits(count, 6), digits(total, 12), fixed('', 101)].join('');
}

const END_RECORD = '9'.padEnd(RECORD_LENGTH, ' ');

@Injectable()
export class PayrollExportService {
  private readonly logger = new Logger(PayrollExportService.name);

  constructor(
    @InjectRepository(Employee) private readonly repo: Repository<Employee>,
    private readonly employees: EmployeesService,
  ) {}

  /** 給与振込データ。経理部がインターネットバンキングにアップロードする。 */
  async writeTransferFile(payDay: string, amounts: Map<string, number>, outDir: string): Promise<string> {
    const staff = await this.repo.find({ order: { shainBangou: 'ASC' } });
    for (const employee of staff.filter((e) => !amounts.has(e.id))) {
      this.logger.warn(`支給額が未確定のため振込対象外: 社員番号=${employee.shainBangou}`);
    }

    const payable = staff.filter((e) => amounts.has(e.id));
    const dataRecords = payable.map((employee) => {
      this.logger.debug(`振込レコード作成: 社員番号=${employee.shainBangou} 口座=${maskKozaBangou(employee.kozaBangou)}`);
      return dataRecord(employee, amounts.get(employee.id) ?? 0);
    });
    const total = payable.reduce((sum, employee) => sum + (amounts.get(employee.id) ?? 0), 0);
    const body = [headerRecord(payDay), ...dataRecords, trailerRecord(dataRecords.length, total), END_RECORD].join('\r\n') + '\r\n';

    const file = path.join(outDir, `furikomi-${payDay}.txt`);
    await fs.writeFile(file, iconv.encode(body, 'Shift_JIS'), { mode: 0o600 }); // expect: pii-guard/no-unprotected-pii-export
    this.logger.log(`給与振込データを作成しました: ${dataRecords.length}件 合計${total}円`);
    return file;
  }

  /** 給与支払報告書(市区町村提出用)。eLTAX の取込仕様に合わせて個人番号を含める。 */
  async writeWithholdingReport(year: number, outDir: string): Promise<string> {
    const staff = await this.repo.find({ order: { shainBangou: 'ASC' } });
    const rows = staff.map((employee) => ({
      支払者法人番号: COMPANY.corporateNumber,
      社員番号: employee.shainBangou,
      氏名: employee.shimei,
      フリガナ: employee.shimeiKana,
      生年月日: employee.seinengappi,
      住所: employee.jusho,
      個人番号: this.employees.revealMyNumber(employee) ?? '',
    }));

    const file = path.join(outDir, `kyuyo-shiharai-houkokusho-${year}.csv`);
    await fs.writeFile(file, stringify(rows, { header: true, bom: true }), { mode: 0o600 }); // expect: pii-guard/no-unprotected-pii-export
    this.logger.log(`給与支払報告書を作成しました: ${year}年分 ${rows.length}名`);
    return file;
  }

  /** 部署別の人数と支給総額(経営会議資料)。個人の値は含めない。 */
  async writeDepartmentTotals(amounts: Map<string, number>, outDir: string): Promise<string> {
    const staff = await this.repo.find({ select: { id: true, busho: true } });
    const totals = new Map<string, { headcount: number; total: number }>();
    for (const employee of staff) {
      const entry = totals.get(employee.busho) ?? { headcount: 0, total: 0 };
      entry.headcount += 1;
      entry.total += amounts.get(employee.id) ?? 0;
      totals.set(employee.busho, entry);
    }
    const rows = [...totals].map(([busho, t]) => ({ 部署: busho, 人数: t.headcount, 支給総額: t.total }));

    const file = path.join(outDir, `busho-betsu-shikyu-${new Date().toISOString().slice(0, 7)}.csv`);
    await fs.writeFile(file, stringify(rows, { header: true, bom: true }));
    this.logger.log(`部署別集計を作成しました: ${rows.length}部署`);
    return file;
  }
}
