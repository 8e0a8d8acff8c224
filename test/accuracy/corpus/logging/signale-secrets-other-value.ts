import { Signale } from 'signale';

const apiToken = process.env.PARTNER_API_TOKEN ?? '';
const logger = new Signale({ scope: 'partner-sync', secrets: [apiToken] });

export async function syncPartnerContact(contact: { id: string; email: string }): Promise<void> {
  logger.await(`syncing with token ${apiToken}`);
  logger.info(`pushing contact ${contact.id} <${contact.email}>`); // expect: pii-guard/no-pii-in-logs
}
