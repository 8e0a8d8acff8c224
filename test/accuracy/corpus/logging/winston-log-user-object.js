const { createLogger, transports } = require('winston');

const logger = createLogger({ transports: [new transports.Console()] });

class SubscriptionService {
  constructor(repo) {
    this.repo = repo;
  }

  async cancel(userId, reason) {
    const user = await this.repo.findUser(userId);
    logger.log('info', 'cancelling subscription', { user, reason }); // expect: pii-guard/no-pii-in-logs
    await this.repo.cancelSubscription(user.id);
    logger.log('info', `subscription cancelled for user ${user.id}`);
  }
}

module.exports = { SubscriptionService };
