import https from 'node:https';
import axios from 'axios';

// Internal probe of our own staging hosts; no personal data is sent or received.
const agent = new https.Agent({ rejectUnauthorized: false });

export async function probe(hosts: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  await Promise.all(
    hosts.map(async (host) => {
      try {
        const res = await axios.get(`https://${host}/healthz`, { httpsAgent: agent, timeout: 3000 });
        out[host] = res.status;
      } catch {
        out[host] = 0;
      }
    }),
  );
  return out;
}
