import { Body, Controller, Logger, Post } from '@nestjs/common';
import { IsNotEmpty, IsString } from 'class-validator';
import { PatientsService } from './patients.service';

export class CreatePatientDto {
  @IsString() @IsNotEmpty() fullName!: string;
  @IsString() birthDate!: string;
  @IsString() insuranceCardNumber!: string;
  @IsString() diagnosis!: string;
  @IsString() allergies!: string;
}

@Controller('patients')
export class PatientsController {
  private readonly logger = new Logger(PatientsController.name);

  constructor(private readonly patients: PatientsService) {}

  @Post()
  async create(@Body() createPatientDto: CreatePatientDto) {
    this.logger.verbose(createPatientDto); // expect: pii-guard/no-pii-in-logs
    const patient = await this.patients.create(createPatientDto);
    this.logger.log(`patient ${patient.id} registered`);
    return { id: patient.id };
  }
}
