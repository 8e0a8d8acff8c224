import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: 'ap-northeast-1' });

interface Shain {
  shainBangou: string;
  shimei: string;
  jusho: string;
  yuubinBangou: string;
  seinengappi: string;
}

export async function uploadNenkinList(shainList: Shain[]): Promise<void> {
  const csv = shainList.map((s) => [s.shainBangou, s.shimei, s.yuubinBangou, s.jusho, s.seinengappi].join(',')).join('\n');
  await s3.send(new PutObjectCommand({ Bucket: 'soumu-share', Key: 'nenkin/shain.csv', Body: csv })); // expect: pii-guard/no-unprotected-pii-export
}
