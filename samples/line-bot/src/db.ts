import pg from 'pg';
import { config } from './config.js';

export const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 5 });

export interface Reservation {
  id: number;
  line_user_id: string;
  name: string;
  tel: string;
  store: string;
  date: string;
  time: string;
  course: string;
  people: number;
  status: 'reserved' | 'cancelled';
}

export async function insertReservation(r: Omit<Reservation, 'id' | 'status'>): Promise<Reservation> {
  const { rows } = await pool.query<Reservation>(
    `INSERT INTO reservations (line_user_id, name, tel, store, date, time, course, people, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'reserved') RETURNING *`,
    [r.line_user_id, r.name, r.tel, r.store, r.date, r.time, r.course, r.people],
  );
  return rows[0]!;
}

export async function upcomingReservations(lineUserId: string): Promise<Reservation[]> {
  const { rows } = await pool.query<Reservation>(
    `SELECT * FROM reservations
      WHERE line_user_id = $1 AND status = 'reserved' AND date >= CURRENT_DATE
      ORDER BY date, time LIMIT 5`,
    [lineUserId],
  );
  return rows;
}

export async function cancelReservation(id: number, lineUserId: string): Promise<Reservation | null> {
  const { rows } = await pool.query<Reservation>(
    `UPDATE reservations SET status = 'cancelled'
      WHERE id = $1 AND line_user_id = $2 AND status = 'reserved' RETURNING *`,
    [id, lineUserId],
  );
  return rows[0] ?? null;
}

export async function reservationsOn(date: string): Promise<Reservation[]> {
  const { rows } = await pool.query<Reservation>(
    `SELECT * FROM reservations WHERE date = $1 AND status = 'reserved' ORDER BY store, time`,
    [date],
  );
  return rows;
}
