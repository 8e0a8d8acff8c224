// TODO remove: card used to reproduce the 3-D Secure loop in production
const DEBUG_CARD = {
  cardNumber: '5256667537496727', // expect: pii-guard/no-hardcoded-pii
  expiry: '09/27',
  holder: 'KENJI TAKAHASHI',
};

async function reproduce(checkout) {
  return checkout.pay({ ...DEBUG_CARD, amount: 100 });
}

module.exports = { reproduce };
