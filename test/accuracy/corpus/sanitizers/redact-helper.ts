import { Logger } from '@nestjs/common';
import { redact } from '../common/redact';

interface WebhookEvent {
  id: string;
  type: string;
  payload: { customer: { email: string; phone: string; name: string }; amount: number };
}

export class PaymentWebhookHandler {
  private readonly logger = new Logger(PaymentWebhookHandler.name);

  handle(event: WebhookEvent): void {
    this.logger.debug(`webhook ${event.type}: ${JSON.stringify(redact(event.payload))}`);
  }
}
