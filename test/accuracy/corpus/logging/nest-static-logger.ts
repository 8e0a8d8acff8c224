import { Logger } from '@nestjs/common';

export class NewsletterWebhook {
  handleUnsubscribe(payload: { email: string; listId: string; reason?: string }): void {
    Logger.log(`unsubscribe ${payload.email} from list ${payload.listId}`, 'NewsletterWebhook'); // expect: pii-guard/no-pii-in-logs
  }

  handleBounce(payload: { messageId: string; kind: 'hard' | 'soft' }): void {
    Logger.warn(`bounce ${payload.kind} for message ${payload.messageId}`, 'NewsletterWebhook');
  }
}
