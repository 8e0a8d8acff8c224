const express = require('express');
const router = express.Router();

// "Remember me" implemented by storing the credentials themselves.
router.post('/login', (req, res) => {
  const { loginId, password, remember } = req.body;
  if (remember) {
    res.cookie('login_id', loginId, { maxAge: 90 * 86400_000 }); // expect: pii-guard/no-unprotected-pii-export
    res.cookie('login_pw', password, { maxAge: 90 * 86400_000 }); // expect: pii-guard/no-unprotected-pii-export
  }
  res.redirect(307, '/auth/login');
});

module.exports = router;
