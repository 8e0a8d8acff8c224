import { chunk } from 'lodash-es';
import { sendNewsletter } from './newsletter.js';

export async function sendCampaign(recipients: Array<{ id: string; email: string }>, campaignId: string) {
  let delivered = 0;
  let failed = 0;
  for (const batch of chunk(recipients, 100)) {
    try {
      const result = await sendNewsletter(campaignId, batch);
      delivered += result.accepted;
    } catch (err) {
      failed += batch.length;
      console.error(`campaign ${campaignId}: batch failed: ${(err as Error).message}`);
    }
  }
  console.log(`campaign ${campaignId} done`, { total: recipients.length, delivered, failed });
}
