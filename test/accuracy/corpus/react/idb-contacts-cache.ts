import { openDB, type DBSchema } from 'idb';

interface Contact {
  id: string;
  fullName: string;
  email: string;
  phone: string;
}

interface CrmDB extends DBSchema {
  contacts: { key: string; value: Contact };
  meta: { key: string; value: { syncedAt: number } };
}

const dbPromise = openDB<CrmDB>('crm-offline', 1, {
  upgrade(db) {
    db.createObjectStore('contacts', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
});

export async function cacheContacts(contacts: Contact[]): Promise<void> {
  const db = await dbPromise;
  const tx = db.transaction('contacts', 'readwrite');
  for (const contact of contacts) {
    await tx.store.put(contact); // expect: pii-guard/no-unprotected-pii-export
  }
  await tx.done;
  await db.put('meta', { syncedAt: Date.now() }, 'contacts');
}
