import express from 'express';
import axios from 'axios';

const router = express.Router();
const ZEROBOUNCE_KEY = process.env.ZEROBOUNCE_KEY ?? '';

router.post('/newsletter/subscribe', async (req, res) => {
  const email: string = req.body.email;

  // Third-party validation service; the address goes into the URL query.
  const { data } = await axios.get( // expect: pii-guard/no-unprotected-pii-transmission
    `https://api.zerobounce.net/v2/validate?api_key=${ZEROBOUNCE_KEY}&email=${encodeURIComponent(email)}`,
  );

  if (data.status !== 'valid') {
    return res.status(422).json({ error: 'UNDELIVERABLE' });
  }

  await req.app.locals.db.query('INSERT INTO subscribers (email) VALUES ($1)', [email]);
  res.status(201).end();
});

export default router;
