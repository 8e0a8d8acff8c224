import https from 'node:https';

export function lookupCreditScore(email: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.request( // expect: pii-guard/no-unprotected-pii-transmission
      {
        hostname: 'api.scorecheck.example-bureau.com',
        path: `/v1/score?email=${encodeURIComponent(email)}`,
        method: 'GET',
        headers: { 'x-api-key': process.env.SCORE_KEY },
      },
      (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw).score));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
