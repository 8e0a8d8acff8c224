const express = require('express');
const pino = require('pino');

const logger = pino({ level: 'info' });
const app = express();

app.use(express.json());
app.use('/api', require('./routes'));

// Last-resort error handler: logs what failed and where, not who.
app.use((err, req, res, _next) => {
  const status = err.status || 500;
  logger.error(
    { status, method: req.method, path: req.path, requestId: req.get('x-request-id'), stack: err.stack },
    err.message,
  );
  res.status(status).json({ error: status === 500 ? 'Internal Server Error' : err.message });
});

app.listen(process.env.PORT || 3000, () => {
  logger.info({ port: process.env.PORT || 3000 }, 'listening');
});
