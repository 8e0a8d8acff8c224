const express = require('express');
const morgan = require('morgan');

const app = express();

morgan.token('user-email', (req) => (req.user ? req.user.email : '-')); // expect: pii-guard/no-pii-in-logs
app.use(morgan(':method :url :status :response-time ms - :user-email'));

app.get('/api/ping', (_req, res) => res.send('pong'));
module.exports = app;
