const express = require('express');
const { getGuestList } = require('./events');

const router = express.Router();

router.get('/events/:id/guests.json', async (req, res) => {
  const guests = await getGuestList(req.params.id);
  const payload = guests.map((g) => ({ name: g.fullName, email: g.email, dietaryRestrictions: g.allergies }));
  res.attachment(`guests-${req.params.id}.json`).json(payload); // expect: pii-guard/no-unprotected-pii-export
});

module.exports = router;
