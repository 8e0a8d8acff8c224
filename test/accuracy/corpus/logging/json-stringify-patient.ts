import { createLogger, format, transports } from 'winston';

const logger = createLogger({ format: format.simple(), transports: [new transports.File({ filename: 'emr.log' })] });

interface Patient {
  id: string;
  name: string;
  birthDate: string;
  medicalHistory: string[];
  currentMedication: string[];
}

export function admit(patient: Patient, wardId: string): void {
  logger.info(`admitting patient ${JSON.stringify(patient)} to ward ${wardId}`); // expect: pii-guard/no-pii-in-logs
}
