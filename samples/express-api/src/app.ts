import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import express, { type ErrorRequestHandler } from 'express';
import morgan from 'morgan';
import { ZodError } from 'zod';
import { HttpError, type AuthedRequest } from './lib/http.js';
import { logger } from './lib/logger.js';
import { adminRouter } from './routes/admin.js';
import { ordersRouter } from './routes/orders.js';
import { usersRouter } from './routes/users.js';

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', 1);
app.use(express.json({ limit: '100kb' }));

app.use((req, res, next) => {
  const requestId = req.get('x-request-id') ?? randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('x-request-id', requestId);
  next();
});

morgan.token<express.Request, express.Response>('request-id', (_req, res) => String(res.locals.requestId));
// Support wanted to see in the access log which customer made a request.
morgan.token<AuthedRequest>('customer', (req) => req.auth?.email ?? '-'); // expect: pii-guard/no-pii-in-logs

app.use(
  morgan(':request-id :method :url :status :res[content-length] :response-time ms :customer', {
    stream: { write: (line: string) => logger.info(line.trimEnd()) },
  }),
);

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/users', usersRouter);
app.use('/api/orders', ordersRouter);
app.use('/api/admin', adminRouter);

const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const requestId = String(res.locals.requestId);
  if (err instanceof ZodError) {
    res.status(400).json({
      error: 'invalid_request',
      issues: err.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
    return;
  }
  if (err instanceof HttpError) {
    logger.warn({ requestId, status: err.status, code: err.code }, 'request rejected');
    res.status(err.status).json({ error: err.code, message: err.message });
    return;
  }
  // Anything else is a bug: keep the whole request so on-call can replay it.
  logger.error({ err, requestId, method: req.method, path: req.path, body: req.body }, 'unhandled error'); // expect: pii-guard/no-pii-in-logs
  res.status(500).json({ error: 'internal_error', requestId });
};
app.use(errorHandler);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  logger.info({ port, hostname: hostname(), pid: process.pid }, 'acme-shop-api listening');
});

export default app;
