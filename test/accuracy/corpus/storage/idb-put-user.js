import { openDB } from 'idb';

const db = await openDB('app', 2, {
  upgrade(database) {
    if (!database.objectStoreNames.contains('session')) database.createObjectStore('session');
  },
});

export async function persistSession(session) {
  await db.put('session', { token: session.accessToken, user: session.user }, 'current'); // expect: pii-guard/no-unprotected-pii-export
}
