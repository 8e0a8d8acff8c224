import bcrypt from 'bcrypt';
import { writeFile } from 'node:fs/promises';

interface SeedUser {
  id: string;
  role: 'admin' | 'staff';
  initialPassword: string;
}

// Seed file for the staging database: only ids, roles and password hashes.
export async function writeSeed(users: SeedUser[], file: string): Promise<void> {
  const rows = await Promise.all(
    users.map(async (u) => ({ id: u.id, role: u.role, passwordHash: await bcrypt.hash(u.initialPassword, 12) })),
  );
  await writeFile(file, JSON.stringify(rows, null, 2));
}
