/**
 * Read access to the customer database (read replica, dedicated `export_job` role).
 */
import pg from 'pg';

export interface CustomerRow {
  id: string;
  full_name: string;
  full_name_kana: string | null;
  email: string | null;
  phone: string | null;
  postal_code: string | null;
  address: string | null;
  /** Legacy billing column, being migrated to the payment provider's vault. */
  card_number: string | null;
  /** `MM/YY` */
  card_expiry: string | null;
  updated_at: Date;
}

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 4,
  application_name: 'customer-export-job',
  ssl: { rejectUnauthorized: true, ca: process.env.PG_CA_CERT },
});

export async function fetchCustomersUpdatedSince(since: Date): Promise<CustomerRow[]> {
  const { rows } = await pool.query<CustomerRow>(
    `SELECT id, full_name, full_name_kana, email, phone, postal_code, address,
            card_number, card_expiry, updated_at
       FROM customers
      WHERE deleted_at IS NULL AND updated_at >= $1
      ORDER BY id`,
    [since],
  );
  return rows;
}

export async function countActiveCustomers(): Promise<number> {
  const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM customers WHERE deleted_at IS NULL');
  return Number(rows[0]?.count ?? 0);
}
