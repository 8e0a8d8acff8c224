import pino from 'pino';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const logger = pino();
const s3 = new S3Client({});

export async function loadTemplate(name: string): Promise<string> {
  try {
    const res = await s3.send(new GetObjectCommand({ Bucket: 'acme-templates', Key: `mail/${name}.html` }));
    return (await res.Body?.transformToString()) ?? '';
  } catch (err) {
    const error = err as Error & { $metadata?: { httpStatusCode?: number } };
    logger.error({ err: error.message, name: error.name, status: error.$metadata?.httpStatusCode }, `template ${name} unavailable`);
    throw new Error(`template ${name} could not be loaded: ${error.message}`);
  }
}
