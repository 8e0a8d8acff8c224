const MAILCHIMP_URL = 'https://us21.api.mailchimp.com/3.0/lists/4f2a9c1e7b/members';

export async function subscribe({ email, firstName, lastName }, apiKey) {
  const response = await fetch(MAILCHIMP_URL, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: {
      Authorization: `apikey ${apiKey}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      email_address: email,
      status: 'subscribed',
      merge_fields: { FNAME: firstName, LNAME: lastName },
    }),
  });
  return response.ok;
}
