import { Body, Controller, Get, HttpCode, Logger, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import type { CreateEmployeeDto, Employee, RegisterMyNumberDto, SearchEmployeeDto } from './employee.entity';
import { EmployeesService } from './employees.service';

/** 画面に返す項目。口座・マイナンバー関連の列は返さない。 */
function toView(employee: Employee) {
  return {
    id: employee.id,
    shainBangou: employee.shainBangou,
    shimei: employee.shimei,
    shimeiKana: employee.shimeiKana,
    busho: employee.busho,
    mailAddress: employee.mailAddress,
    myNumberRegistered: employee.myNumberEncrypted !== null,
  };
}

@Controller('employees')
export class EmployeesController {
  private readonly logger = new Logger(EmployeesController.name);

  constructor(private readonly employees: EmployeesService) {}

  @Post()
  async create(@Body() dto: CreateEmployeeDto) {
    this.logger.debug(`社員登録リクエスト: ${JSON.stringify(dto)}`); // expect: pii-guard/no-pii-in-logs
    const employee = await this.employees.create(dto);
    return toView(employee);
  }

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string) {
    return toView(await this.employees.findOne(id));
  }

  /** 氏名は URL に載せない(アクセスログに残るため)。 */
  @Post('search')
  @HttpCode(200)
  async search(@Body() body: SearchEmployeeDto) {
    const found = await this.employees.findByShimei(body.shimei);
    return found.map(toView);
  }

  @Put(':id/my-number')
  @HttpCode(204)
  async registerMyNumber(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RegisterMyNumberDto): Promise<void> {
    await this.employees.registerMyNumber(id, dto);
    this.logger.log(`マイナンバー登録API 完了: 社員ID=${id}`);
  }
}
