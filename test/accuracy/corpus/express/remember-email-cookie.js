const express = require('express');
const { login } = require('./auth');

const router = express.Router();
const THIRTY_DAYS = 30 * 24 * 3600 * 1000;

router.post('/login', async (req, res) => {
  const { email, password, rememberMe } = req.body;
  const result = await login(email, password);
  if (!result.ok) {
    return res.status(401).render('login', { error: 'メールアドレスまたはパスワードが違います' });
  }

  if (rememberMe) {
    // Pre-fills the login form next time.
    res.cookie('remember_email', email, { maxAge: THIRTY_DAYS }); // expect: pii-guard/no-unprotected-pii-export
  } else {
    res.clearCookie('remember_email');
  }

  req.session.userId = result.user.id;
  res.redirect('/dashboard');
});

module.exports = router;
