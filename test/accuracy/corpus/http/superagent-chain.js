const request = require('superagent');

async function enrollInLoyalty(customer) {
  const res = await request // expect: pii-guard/no-unprotected-pii-transmission
    .post('https://api.loyaltylion.com/v2/customers')
    .set('Authorization', `Basic ${process.env.LOYALTYLION_AUTH}`)
    .send({ merchant_id: customer.id, email: customer.email, birthday: customer.birthDate });
  return res.body.id;
}

async function loyaltyBalance(loyaltyId) {
  const res = await request.get(`https://api.loyaltylion.com/v2/customers/${loyaltyId}`).set('Authorization', `Basic ${process.env.LOYALTYLION_AUTH}`);
  return res.body.points_approved;
}

module.exports = { enrollInLoyalty, loyaltyBalance };
