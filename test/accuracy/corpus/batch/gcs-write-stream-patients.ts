import { Storage } from '@google-cloud/storage';
import { listPatientsForStudy } from './emr.js';

const bucket = new Storage().bucket('clinic-research-share');

export async function sharePatientsExtract(studyId: string): Promise<string> {
  const patients = await listPatientsForStudy(studyId);
  const csv = ['id,name,birth_date,diagnosis', ...patients.map((p) => `${p.id},${p.fullName},${p.birthDate},${p.diagnosis}`)].join('\n');

  const name = `extracts/${studyId}/patients-${Date.now()}.csv`;
  const stream = bucket.file(name).createWriteStream({ resumable: false, contentType: 'text/csv' });
  await new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve).on('error', reject);
    stream.end(csv); // expect: pii-guard/no-unprotected-pii-export
  });
  return name;
}
