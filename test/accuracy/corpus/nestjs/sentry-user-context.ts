import { Injectable, NestMiddleware } from '@nestjs/common';
import * as Sentry from '@sentry/node';
import type { NextFunction, Request, Response } from 'express';

@Injectable()
export class SentryUserMiddleware implements NestMiddleware {
  use(req: Request & { user?: { id: string; email: string; name: string } }, _res: Response, next: NextFunction): void {
    if (req.user) {
      Sentry.setUser({ id: req.user.id, email: req.user.email, username: req.user.name }); // expect: pii-guard/no-unprotected-pii-transmission
    }
    next();
  }
}
