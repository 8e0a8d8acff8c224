import express from 'express';
import morgan from 'morgan';
import { randomUUID } from 'node:crypto';

const app = express();

app.use((req, res, next) => {
  res.locals.requestId = req.get('x-request-id') ?? randomUUID();
  next();
});

morgan.token('request-id', (_req, res) => (res as express.Response).locals.requestId);
morgan.token('user-id', (req) => (req as express.Request & { user?: { id: string } }).user?.id ?? '-');
app.use(morgan(':request-id :user-id :method :url :status :res[content-length] - :response-time ms'));
app.use(morgan('combined', { skip: (_req, res) => res.statusCode < 400 }));

export default app;
