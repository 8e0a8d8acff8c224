import { BlobServiceClient } from '@azure/storage-blob';
import { listApplicants } from './recruiting-db.js';

const service = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE_CONNECTION_STRING!);

export async function archiveApplicants(jobId: string): Promise<void> {
  const applicants = await listApplicants(jobId);
  const lines = applicants.map((a) => JSON.stringify({ name: a.fullName, email: a.email, phone: a.phone, resumeText: a.resumeText }));
  const data = lines.join('\n');

  const container = service.getContainerClient('recruiting-archive');
  const blob = container.getBlockBlobClient(`job-${jobId}/applicants.ndjson`);
  await blob.upload(data, Buffer.byteLength(data)); // expect: pii-guard/no-unprotected-pii-export
}
