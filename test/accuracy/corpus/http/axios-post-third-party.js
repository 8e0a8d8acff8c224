const axios = require('axios');

async function createShipment(order) {
  const { data } = await axios.post( // expect: pii-guard/no-unprotected-pii-transmission
    'https://api.shipeasy-logistics.com/v2/shipments',
    {
      reference: order.id,
      recipient: {
        name: order.recipientName,
        phone: order.recipientPhone,
        postalCode: order.postalCode,
        address: order.shippingAddress,
      },
      parcels: order.parcels,
    },
    { headers: { Authorization: `Bearer ${process.env.SHIPEASY_TOKEN}` } },
  );
  return data.trackingNumber;
}

module.exports = { createShipment };
