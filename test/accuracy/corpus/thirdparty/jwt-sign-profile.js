const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;

function issueToken(user) {
  return jwt.sign( // expect: pii-guard/no-unprotected-pii-transmission
    {
      sub: user.id,
      email: user.email,
      name: user.fullName,
      phone_number: user.phone,
    },
    SECRET,
    { expiresIn: '1h' },
  );
}

function issueRefreshToken(user) {
  return jwt.sign({ sub: user.id, typ: 'refresh' }, SECRET, { expiresIn: '30d' });
}

module.exports = { issueToken, issueRefreshToken };
