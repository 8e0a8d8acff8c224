import Koa from 'koa';
import Router from '@koa/router';
import { getUserById } from './users.js';
import { log } from './log.js';

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/me', async (ctx) => {
  const user = await getUserById(ctx.state.user.id);
  if (!user) {
    ctx.status = 404;
    return;
  }
  // The owner sees their own profile: a response body, not a take-out.
  ctx.body = {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    phone: user.phone,
  };
  log.debug('served /me', { userId: user.id, ms: Date.now() - ctx.state.startedAt });
});

app.use(router.routes()).use(router.allowedMethods());
export default app;
