import Koa, { type Context, type Next } from 'koa';
import bunyan from 'bunyan';

const log = bunyan.createLogger({ name: 'gateway', level: 'info' });

export async function timing(ctx: Context, next: Next): Promise<void> {
  const start = process.hrtime.bigint();
  try {
    await next();
  } finally {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    log.info(
      { method: ctx.method, path: ctx.path, status: ctx.status, ms, requestId: ctx.get('x-request-id') },
      'request',
    );
  }
}

const app = new Koa();
app.use(timing);
app.use((ctx) => {
  ctx.body = { service: 'gateway', version: process.env.npm_package_version };
});
export default app;
