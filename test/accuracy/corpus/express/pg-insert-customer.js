const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: true } });
const router = express.Router();

router.post('/customers', async (req, res, next) => {
  const { name, email, phone, postalCode, address } = req.body;
  try {
    const { rows } = await pool.query(
      'INSERT INTO customers (name, email, phone, postal_code, address) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [name, email, phone, postalCode, address],
    );
    console.log(`customer ${rows[0].id} inserted`);
    res.status(201).json({ id: rows[0].id });
  } catch (err) {
    console.error('insert failed:', err.code);
    next(err);
  }
});

module.exports = router;
