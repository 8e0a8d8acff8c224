import { Router } from 'express';
import { createLogger, transports, format } from 'winston';
import { PatientService } from '../services/patient.js';

const logger = createLogger({ format: format.simple(), transports: [new transports.Console()] });
const service = new PatientService();
export const patients = Router();

patients.put('/:id/diagnosis', async (req, res) => {
  const patient = await service.updateDiagnosis(req.params.id, req.body.diagnosis, req.user.id);

  logger.info(`Patient ${patient.id} diagnosis updated to "${patient.diagnosis}" by ${req.user.id}`); // expect: pii-guard/no-pii-in-logs

  res.json({ ok: true });
});

patients.get('/:id', async (req, res) => {
  const patient = await service.get(req.params.id);
  logger.info(`Patient record ${req.params.id} read by ${req.user.id}`);
  res.json(patient);
});
