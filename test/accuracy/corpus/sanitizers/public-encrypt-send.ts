import { publicEncrypt, constants } from 'node:crypto';
import axios from 'axios';
import { readFileSync } from 'node:fs';

const PARTNER_PUBLIC_KEY = readFileSync(process.env.PARTNER_PUBKEY_PATH ?? '/etc/acme/partner.pub.pem', 'utf8');

export async function submitVerification(person: { fullName: string; birthDate: string; address: string }): Promise<void> {
  const sealed = publicEncrypt(
    { key: PARTNER_PUBLIC_KEY, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    Buffer.from(JSON.stringify(person)),
  );
  await axios.post('https://kyc.partner-verify.jp/api/v1/checks', { payload: sealed.toString('base64') });
}
