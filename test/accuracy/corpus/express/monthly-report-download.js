const express = require('express');
const path = require('node:path');

const REPORTS_DIR = path.join(__dirname, '..', 'reports');
const router = express.Router();

// Aggregated sales reports: regions and totals, no customer rows.
router.get('/reports/:month', (req, res) => {
  const month = req.params.month;
  if (!/^\d{4}-\d{2}$/.test(month)) {
    return res.status(400).json({ error: 'month must be YYYY-MM' });
  }
  const fileName = `sales-${month}.csv`;
  res.download(path.join(REPORTS_DIR, fileName), fileName, (err) => {
    if (err) console.error(`report ${fileName} not sent: ${err.message}`);
  });
});

module.exports = router;
