import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * 社員マスタ。マイナンバーは暗号化した値と重複チェック用の HMAC だけを保存し、平文の列は持たない。
 */
@Entity({ name: 'employees' })
export class Employee {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 社員番号 (例: E000123) */
  @Column({ name: 'shain_bangou', length: 10, unique: true })
  shainBangou!: string;

  @Column({ length: 100 })
  shimei!: string;

  @Column({ name: 'shimei_kana', length: 100 })
  shimeiKana!: string;

  @Column({ type: 'date' })
  seinengappi!: string;

  @Column({ name: 'mail_address', length: 254 })
  mailAddress!: string;

  @Column({ name: 'denwa_bangou', type: 'varchar', length: 20, nullable: true })
  denwaBangou!: string | null;

  @Column({ name: 'yubin_bangou', length: 8 })
  yubinBangou!: string;

  @Column({ length: 200 })
  jusho!: string;

  @Column({ length: 50 })
  busho!: string;

  /** 給与振込先 */
  @Column({ name: 'ginko_code', length: 4 })
  ginkoCode!: string;

  @Column({ name: 'shiten_code', length: 3 })
  shitenCode!: string;

  @Column({ name: 'koza_bangou', length: 7 })
  kozaBangou!: string;

  /** 口座名義 (半角カナ、全銀フォーマットのまま) */
  @Column({ name: 'koza_meigi_kana', length: 30 })
  kozaMeigiKana!: string;

  /** AES-256-GCM: iv(12) | tag(16) | ciphertext */
  @Column({ name: 'my_number_encrypted', type: 'bytea', nullable: true })
  myNumberEncrypted!: Buffer | null;

  /** 二重登録チェック用の HMAC-SHA256 */
  @Column({ name: 'my_number_digest', type: 'varchar', length: 64, nullable: true, unique: true })
  myNumberDigest!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

export interface CreateEmployeeDto {
  shainBangou: string;
  shimei: string;
  shimeiKana: string;
  seinengappi: string;
  mailAddress: string;
  denwaBangou?: string;
  yubinBangou: string;
  jusho: string;
  busho: string;
  ginkoCode: string;
  shitenCode: string;
  kozaBangou: string;
  kozaMeigiKana: string;
}

export interface RegisterMyNumberDto {
  myNumber: string;
}

export interface SearchEmployeeDto {
  shimei: string;
}
