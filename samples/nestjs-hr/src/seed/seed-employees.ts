/**
 * 開発環境用の社員データ投入: `npm run seed`。
 * 連絡先は example.com と 090-0000-0000 を使う。マイナンバーは原則入れない(画面から登録して確認する)。
 */
import 'reflect-metadata';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { encryptMyNumber } from '../common/my-number';
import { Employee, type CreateEmployeeDto } from '../employees/employee.entity';

type SeedEmployee = CreateEmployeeDto & { myNumber?: string };

const SEED: SeedEmployee[] = [
  {
    shainBangou: 'E000001',
    shimei: '山田 太郎',
    shimeiKana: 'ヤマダ タロウ',
    seinengappi: '1985-04-01',
    mailAddress: 'taro.yamada@example.com',
    denwaBangou: '090-0000-0000',
    yubinBangou: '100-0001',
    jusho: '東京都千代田区千代田1-1',
    busho: '人事部',
    ginkoCode: '0001',
    shitenCode: '001',
    kozaBangou: '1234567',
    kozaMeigiKana: 'ﾔﾏﾀﾞ ﾀﾛｳ',
  },
  {
    shainBangou: 'E000002',
    shimei: '佐藤 花子',
    shimeiKana: 'サトウ ハナコ',
    seinengappi: '1990-10-10',
    mailAddress: 'hanako.sato@example.com',
    yubinBangou: '530-0001',
    jusho: '大阪府大阪市北区梅田1-1',
    busho: '経理部',
    ginkoCode: '0005',
    shitenCode: '101',
    kozaBangou: '7654321',
    kozaMeigiKana: 'ｻﾄｳ ﾊﾅｺ',
  },
  {
    shainBangou: 'E000003',
    shimei: '伊藤 誠',
    shimeiKana: 'イトウ マコト',
    seinengappi: '1978-01-20',
    mailAddress: 'makoto.ito@example.com',
    yubinBangou: '460-0001',
    jusho: '愛知県名古屋市中区三の丸1-1',
    busho: '情報システム部',
    ginkoCode: '0009',
    shitenCode: '201',
    kozaBangou: '1111111',
    kozaMeigiKana: 'ｲﾄｳ ﾏｺﾄ',
    // 年末調整画面の確認用: チェックデジットが通る番号が必要だったため実在の番号を一時的に使用
    myNumber: '739216485306', // expect: pii-guard/no-hardcoded-pii
  },
];

const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Employee],
  synchronize: false,
});

async function main(): Promise<void> {
  const key = process.env.MY_NUMBER_KEY;
  const hmacKey = process.env.MY_NUMBER_HMAC_KEY;
  if (!key || !hmacKey) throw new Error('MY_NUMBER_KEY / MY_NUMBER_HMAC_KEY が設定されていません');

  await dataSource.initialize();
  const repo = dataSource.getRepository(Employee);
  for (const { myNumber, ...fields } of SEED) {
    await repo.save(
      repo.create({
        ...fields,
        denwaBangou: fields.denwaBangou ?? null,
        myNumberEncrypted: myNumber ? encryptMyNumber(myNumber, key) : null,
        myNumberDigest: myNumber ? createHmac('sha256', hmacKey).update(myNumber).digest('hex') : null,
      }),
    );
  }
  console.log(`seeded ${SEED.length} employees`);
  await dataSource.destroy();
}

main().catch((err: unknown) => {
  console.error('seed failed', err);
  process.exitCode = 1;
});
