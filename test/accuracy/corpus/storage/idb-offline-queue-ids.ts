import { openDB } from 'idb';

interface QueuedAction {
  id?: number;
  kind: 'like' | 'bookmark' | 'follow';
  targetId: string;
  queuedAt: number;
}

const dbPromise = openDB('offline-actions', 1, {
  upgrade(db) {
    db.createObjectStore('queue', { keyPath: 'id', autoIncrement: true });
  },
});

export async function enqueue(kind: QueuedAction['kind'], targetId: string): Promise<void> {
  const db = await dbPromise;
  await db.add('queue', { kind, targetId, queuedAt: Date.now() } satisfies QueuedAction);
}

export async function drain(send: (a: QueuedAction) => Promise<void>): Promise<number> {
  const db = await dbPromise;
  const all = (await db.getAll('queue')) as QueuedAction[];
  for (const action of all) {
    await send(action);
    await db.delete('queue', action.id!);
  }
  return all.length;
}
