import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { MongoClient } from 'mongodb';

const s3 = new S3Client({ region: 'ap-northeast-1' });

export async function snapshotCustomers(): Promise<void> {
  const mongo = await MongoClient.connect(process.env.MONGO_URL!);
  const customers = await mongo.db('shop').collection('customers').find({}).toArray();
  await mongo.close();

  const key = `snapshots/customers-${Date.now()}.json`;
  const command = new PutObjectCommand({ // expect: pii-guard/no-unprotected-pii-export
    Bucket: 'acme-analytics-dropzone',
    Key: key,
    ContentType: 'application/json',
    Body: JSON.stringify(customers),
  });
  await s3.send(command);
  console.log(`snapshot uploaded: s3://acme-analytics-dropzone/${key} (${customers.length} docs)`);
}
