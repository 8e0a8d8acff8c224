import { Router } from 'express';
import axios from 'axios';
import { prisma } from '../prisma.js';

const MAPS_KEY = process.env.GOOGLE_MAPS_KEY!;
export const geo = Router();

geo.post('/customers/:id/geocode', async (req, res) => {
  const customer = await prisma.customer.findUniqueOrThrow({ where: { id: req.params.id } });

  const url =
    'https://maps.googleapis.com/maps/api/geocode/json?address=' +
    encodeURIComponent(customer.homeAddress) +
    '&key=' +
    MAPS_KEY;
  const { data } = await axios.get(url); // expect: pii-guard/no-unprotected-pii-transmission

  const location = data.results[0]?.geometry?.location;
  await prisma.customer.update({ where: { id: customer.id }, data: { lat: location?.lat, lng: location?.lng } });
  res.json({ ok: Boolean(location) });
});
