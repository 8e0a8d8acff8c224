import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { MailerService } from '@nestjs-modules/mailer';

interface InvoiceMailJob {
  invoiceId: string;
  email: string;
  customerName: string;
}

@Processor('mail')
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly mailer: MailerService) {
    super();
  }

  async process(job: Job<InvoiceMailJob>): Promise<void> {
    this.logger.log(`Sending invoice ${job.data.invoiceId} to ${job.data.email}`); // expect: pii-guard/no-pii-in-logs
    await this.mailer.sendMail({
      to: job.data.email,
      subject: '請求書のご案内',
      template: 'invoice',
      context: { customerName: job.data.customerName, invoiceId: job.data.invoiceId },
    });
  }
}
