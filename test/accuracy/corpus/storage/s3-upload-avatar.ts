import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';

const s3 = new S3Client({ region: 'ap-northeast-1' });

// Public product images: no personal data.
export async function uploadProductImage(image: Buffer, contentType: string, sku: string): Promise<string> {
  const key = `products/${sku}/${randomUUID()}`;
  await s3.send(
    new PutObjectCommand({ Bucket: 'acme-public-assets', Key: key, Body: image, ContentType: contentType, CacheControl: 'max-age=31536000' }),
  );
  return `https://assets.acme.co.jp/${key}`;
}
