import express from 'express';
import axios from 'axios';

const hubspot = axios.create({
  baseURL: 'https://api.hubapi.com',
  headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` },
});

export const leads = express.Router();

leads.post('/leads', async (req, res) => {
  const { firstName, lastName, email, phone, company } = req.body;

  const { data } = await hubspot.post('/crm/v3/objects/contacts', { // expect: pii-guard/no-unprotected-pii-transmission
    properties: { firstname: firstName, lastname: lastName, email, phone, company },
  });

  res.status(201).json({ crmId: data.id });
});
