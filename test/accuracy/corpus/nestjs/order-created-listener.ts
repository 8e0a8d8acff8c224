import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';

export class OrderCreatedEvent {
  constructor(
    public readonly orderId: string,
    public readonly customerName: string,
    public readonly shippingAddress: string,
    public readonly total: number,
  ) {}
}

@Injectable()
export class OrderCreatedListener {
  private readonly logger = new Logger(OrderCreatedListener.name);

  @OnEvent('order.created', { async: true })
  handle(event: OrderCreatedEvent): void {
    this.logger.log( // expect: pii-guard/no-pii-in-logs
      `Order ${event.orderId} for ${event.customerName}, shipping to ${event.shippingAddress}, total ¥${event.total}`,
    );
  }
}
