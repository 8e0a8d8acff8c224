import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import type { Request } from 'express';

@Injectable()
export class LoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const { method, originalUrl } = req;
    const handler = `${context.getClass().name}.${context.getHandler().name}`;
    const started = Date.now();

    return next.handle().pipe(
      tap({
        next: () => this.logger.log(`${method} ${originalUrl} -> ${handler} ${Date.now() - started}ms`),
        error: (err: Error) => this.logger.warn(`${method} ${originalUrl} failed: ${err.name}`),
      }),
    );
  }
}
