const newrelic = require('newrelic');
const express = require('express');

const router = express.Router();

router.post('/checkout', async (req, res) => {
  const { customer, cart } = req.body;
  newrelic.addCustomAttribute('cartSize', cart.items.length);
  newrelic.addCustomAttribute('customerEmail', customer.email); // expect: pii-guard/no-unprotected-pii-transmission
  newrelic.addCustomAttributes({ checkoutStep: 'payment', currency: 'JPY' });
  res.json({ ok: true });
});

module.exports = router;
