import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function describeAssets(bucketName: string, fontName: string, productName: string, storeName: string): Promise<void> {
  const list = await s3.send(new ListObjectsV2Command({ Bucket: bucketName, Prefix: `fonts/${fontName}` }));
  console.log(`bucket ${bucketName}: ${list.KeyCount ?? 0} objects for font ${fontName}`);
  console.log(`product ${productName} sold at store ${storeName}`);
  localStorage.setItem('lastProductName', productName);
}
