const express = require('express');
const os = require('node:os');
const { checkDatabase, checkRedis } = require('./health');

const router = express.Router();

router.get('/healthz', async (_req, res) => {
  const started = Date.now();
  const [db, redis] = await Promise.allSettled([checkDatabase(), checkRedis()]);
  const healthCheck = {
    hostname: os.hostname(),
    uptime: process.uptime(),
    db: db.status,
    redis: redis.status,
    durationMs: Date.now() - started,
  };
  console.log('healthCheck', JSON.stringify(healthCheck));
  res.status(db.status === 'fulfilled' ? 200 : 503).json(healthCheck);
});

module.exports = router;
