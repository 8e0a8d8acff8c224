import argon2 from 'argon2';
import axios from 'axios';

const idp = axios.create({ baseURL: 'https://login.acme-idp.jp/api', headers: { Authorization: `Bearer ${process.env.IDP_TOKEN}` } });

// Moves password verifiers to the new identity provider without ever sending the password itself.
export async function migrateCredential(accountId: string, plainPassword: string): Promise<void> {
  const verifier = await argon2.hash(plainPassword, { type: argon2.argon2id, memoryCost: 19_456 });
  await idp.post('/credentials/import', { accountId, algorithm: 'argon2id', verifier });
}
