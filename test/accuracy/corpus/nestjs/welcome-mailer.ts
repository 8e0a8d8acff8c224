import { Injectable, Logger } from '@nestjs/common';
import { MailerService } from '@nestjs-modules/mailer';
import { OnEvent } from '@nestjs/event-emitter';

interface UserRegisteredEvent {
  userId: string;
  email: string;
  firstName: string;
}

@Injectable()
export class WelcomeMailer {
  private readonly logger = new Logger(WelcomeMailer.name);

  constructor(private readonly mailer: MailerService) {}

  @OnEvent('user.registered')
  async onRegistered(event: UserRegisteredEvent): Promise<void> {
    await this.mailer.sendMail({
      to: event.email,
      subject: 'Welcome to Acme',
      template: 'welcome',
      context: { firstName: event.firstName },
    });
    this.logger.log(`welcome mail queued for user ${event.userId}`);
  }
}
