import { createHmac } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decryptMyNumber, encryptMyNumber, isValidMyNumber } from '../common/my-number';
import { Employee, type CreateEmployeeDto, type RegisterMyNumberDto } from './employee.entity';

@Injectable()
export class EmployeesService {
  private readonly logger = new Logger(EmployeesService.name);

  constructor(
    @InjectRepository(Employee) private readonly repo: Repository<Employee>,
    private readonly config: ConfigService,
  ) {}

  async create(dto: CreateEmployeeDto): Promise<Employee> {
    if (await this.repo.exists({ where: { shainBangou: dto.shainBangou } })) {
      throw new ConflictException(`社員番号 ${dto.shainBangou} は登録済みです`);
    }
    const employee = await this.repo.save(this.repo.create(dto));
    this.logger.log(`社員を登録しました: 社員番号=${employee.shainBangou}`);
    return employee;
  }

  async findOne(id: string): Promise<Employee> {
    const employee = await this.repo.findOne({ where: { id } });
    if (!employee) throw new NotFoundException(`社員ID ${id} は存在しません`);
    return employee;
  }

  /** 人事部の検索画面: 氏名の完全一致。 */
  async findByShimei(shimei: string): Promise<Employee[]> {
    const found = await this.repo.find({ where: { shimei: shimei.trim() }, order: { shainBangou: 'ASC' } });
    if (found.length === 0) throw new NotFoundException(`氏名「${shimei}」の社員は見つかりません`); // expect: pii-guard/no-pii-in-logs
    return found;
  }

  /** 年末調整: マイナンバーの登録。 */
  async registerMyNumber(id: string, dto: RegisterMyNumberDto): Promise<void> {
    const employee = await this.findOne(id);
    const myNumber = dto.myNumber.replace(/[\s-]/g, '');

    if (!isValidMyNumber(myNumber)) {
      this.logger.warn(`マイナンバーのチェックデジット不一致: 社員番号=${employee.shainBangou} 入力値=${myNumber}`); // expect: pii-guard/no-pii-in-logs
      throw new BadRequestException('マイナンバーの形式が正しくありません');
    }

    const digest = createHmac('sha256', this.secret('MY_NUMBER_HMAC_KEY')).update(myNumber).digest('hex');
    const duplicate = await this.repo.findOne({ where: { myNumberDigest: digest } });
    if (duplicate && duplicate.id !== employee.id) {
      this.logger.warn(`マイナンバー重複の疑い: digest=${digest} 既存の社員番号=${duplicate.shainBangou}`); // expect: pii-guard/no-pii-in-logs
      throw new ConflictException('このマイナンバーは別の社員に登録されています');
    }

    employee.myNumberEncrypted = encryptMyNumber(myNumber, this.secret('MY_NUMBER_KEY'));
    employee.myNumberDigest = digest;
    await this.repo.save(employee);
    this.logger.log(`マイナンバーを登録しました: 社員番号=${employee.shainBangou}`);
  }

  /** 給与支払報告書の作成時だけ使う(個人番号関係事務)。 */
  revealMyNumber(employee: Employee): string | null {
    return employee.myNumberEncrypted ? decryptMyNumber(employee.myNumberEncrypted, this.secret('MY_NUMBER_KEY')) : null;
  }

  private secret(name: string): string {
    const value = this.config.get<string>(name);
    if (!value) throw new Error(`${name} が設定されていません`);
    return value;
  }
}
