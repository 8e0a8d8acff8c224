import { Storage } from '@google-cloud/storage';
import { Firestore } from '@google-cloud/firestore';

const storage = new Storage();
const firestore = new Firestore();

export async function exportUsers(): Promise<string> {
  const snap = await firestore.collection('users').get();
  const users = snap.docs.map((d) => ({ id: d.id, displayName: d.get('displayName'), email: d.get('email'), phoneNumber: d.get('phoneNumber') }));

  const objectName = `exports/users-${new Date().toISOString()}.json`;
  await storage.bucket('acme-bi-exports').file(objectName).save(JSON.stringify(users), { // expect: pii-guard/no-unprotected-pii-export
    contentType: 'application/json',
  });
  return objectName;
}
