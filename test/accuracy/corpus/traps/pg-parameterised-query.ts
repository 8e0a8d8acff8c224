import { Pool } from 'pg';

const pool = new Pool();

export async function findOrCreateSubscriber(email: string, fullName: string): Promise<number> {
  const existing = await pool.query<{ id: number }>('SELECT id FROM subscribers WHERE email = $1', [email]);
  if (existing.rowCount) return existing.rows[0].id;
  const inserted = await pool.query<{ id: number }>(
    'INSERT INTO subscribers (email, full_name) VALUES ($1, $2) RETURNING id',
    [email, fullName],
  );
  console.log(`subscriber ${inserted.rows[0].id} created`);
  return inserted.rows[0].id;
}
