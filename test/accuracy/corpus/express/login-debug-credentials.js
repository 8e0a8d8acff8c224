const express = require('express');
const winston = require('winston');
const { findUserByEmail, verifyPassword } = require('../services/auth');

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

const router = express.Router();

router.post('/login', async (req, res, next) => {
  try {
    const { email, password } = req.body;
    logger.debug('login attempt', { email, password }); // expect: pii-guard/no-pii-in-logs

    const user = await findUserByEmail(email);
    if (!user || !(await verifyPassword(user, password))) {
      logger.warn('login failed', { reason: 'bad_credentials' });
      return res.status(401).json({ error: 'invalid_credentials' });
    }

    req.session.userId = user.id;
    logger.info('login ok', { userId: user.id });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
