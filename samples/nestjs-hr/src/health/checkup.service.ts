/**
 * 健康診断結果(要配慮個人情報)の産業医連携。委託先の産業医サービスへ結果を送り、本人にはメールで
 * 登録済みであることだけを知らせる。
 */
import { constants, createCipheriv, publicEncrypt, randomBytes } from 'node:crypto';
import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MailerService } from '@nestjs-modules/mailer';
import { firstValueFrom } from 'rxjs';
import { EmployeesService } from '../employees/employees.service';

export interface KenshinKekka {
  /** 産業医サービス側の受付番号 */
  caseId: string;
  jushinbi: string;
  shincho: number;
  taiju: number;
  ketsuatsu: string;
  hanteiKubun: 'A' | 'B' | 'C' | 'D' | 'E';
  shindanMei: string[];
  ishiShoken: string;
}

const CLINIC_API = 'https://api.sangyoi-connect.jp';

interface SealedPayload {
  alg: 'RSA-OAEP-256+A256GCM';
  key: string;
  iv: string;
  tag: string;
  data: string;
}

/** 産業医の公開鍵で封をする: 使い捨ての AES 鍵で暗号化し、その鍵を RSA-OAEP で包む。 */
function sealForClinic(plaintext: string, clinicPublicKeyPem: string): SealedPayload {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const wrappedKey = publicEncrypt({ key: clinicPublicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, key);
  return {
    alg: 'RSA-OAEP-256+A256GCM',
    key: wrappedKey.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

@Injectable()
export class CheckupService {
  private readonly logger = new Logger(CheckupService.name);

  constructor(
    private readonly http: HttpService,
    private readonly mailer: MailerService,
    private readonly config: ConfigService,
    private readonly employees: EmployeesService,
  ) {}

  async forwardResult(employeeId: string, kekka: KenshinKekka): Promise<void> {
    const employee = await this.employees.findOne(employeeId);

    if (this.config.get<string>('CLINIC_SEALED_API') === 'true') {
      // v2: 中継サーバーやログ基盤からも読めないよう、産業医の公開鍵で封をして送る。
      const sealed = sealForClinic(
        JSON.stringify({ shimei: employee.shimei, seinengappi: employee.seinengappi, kenshinKekka: kekka }),
        this.config.getOrThrow<string>('CLINIC_PUBLIC_KEY_PEM'),
      );
      await firstValueFrom(this.http.post(`${CLINIC_API}/v2/sealed-results`, { caseId: kekka.caseId, payload: sealed }));
    } else {
      // v1 (移行中): 結果をそのまま JSON で送っている。
      await firstValueFrom(this.http.post(`${CLINIC_API}/v1/results`, { // expect: pii-guard/no-unprotected-pii-transmission
        caseId: kekka.caseId,
        shimei: employee.shimei,
        seinengappi: employee.seinengappi,
        kenshinKekka: kekka,
      }));
    }
    this.logger.log(`健診結果を産業医サービスへ連携しました: caseId=${kekka.caseId}`);

    // 本人宛て: 結果そのものは書かず、登録されたことだけを知らせる。
    await this.mailer.sendMail({
      to: employee.mailAddress,
      subject: '【人事部】健康診断結果の登録のお知らせ',
      text: `${employee.shimei} 様\n\n健康診断の結果を社員ポータルに登録しました。ポータルにログインしてご確認ください。\n(このメールには結果を記載していません)\n\n人事部 健康管理担当`,
    });
  }
}
