const log4js = require('log4js');

log4js.configure({
  appenders: { file: { type: 'file', filename: 'logs/shipping.log' } },
  categories: { default: { appenders: ['file'], level: 'info' } },
});
const logger = log4js.getLogger('shipping');

function scheduleDelivery(order) {
  logger.info('Scheduling delivery to ' + order.recipientName + ', ' + order.shippingAddress); // expect: pii-guard/no-pii-in-logs
  logger.info('Delivery scheduled for order ' + order.id);
}

module.exports = { scheduleDelivery };
