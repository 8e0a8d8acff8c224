import Koa from 'koa';
import Router from '@koa/router';
import log4js from 'log4js';
import { Users } from './users.js';

const logger = log4js.getLogger('api');
const app = new Koa();
const router = new Router();

router.post('/users/:id/deactivate', async (ctx) => {
  const user = await Users.findById(ctx.params.id);
  if (!user) ctx.throw(404);

  logger.info('deactivating user', user); // expect: pii-guard/no-pii-in-logs
  await Users.deactivate(user.id);

  logger.info(`user ${user.id} deactivated by ${ctx.state.adminId}`);
  ctx.status = 204;
});

app.use(router.routes());
export default app;
