import { createLogger, format, transports, type Logger } from 'winston';
import type { Request, Response, NextFunction } from 'express';
import { randomUUID } from 'node:crypto';

const base = createLogger({ format: format.json(), transports: [new transports.Console()] });

declare module 'express-serve-static-core' {
  interface Request {
    log: Logger;
  }
}

export function requestLogger(req: Request, res: Response, next: NextFunction): void {
  const requestId = req.get('x-request-id') ?? randomUUID();
  req.log = base.child({ requestId });
  const started = Date.now();
  res.on('finish', () => {
    req.log.info('request finished', { method: req.method, route: req.route?.path, status: res.statusCode, ms: Date.now() - started });
  });
  next();
}
