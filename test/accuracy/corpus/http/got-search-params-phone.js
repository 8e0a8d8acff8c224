import got from 'got';

const client = got.extend({ prefixUrl: 'https://api.numverify-lookup.net/v1', timeout: { request: 5000 } });

export async function carrierOf(phoneNumber) {
  const result = await client.get('validate', { // expect: pii-guard/no-unprotected-pii-transmission
    searchParams: { number: phoneNumber, country_code: 'JP', access_key: process.env.NUMVERIFY_KEY },
  }).json();
  return result.carrier;
}
