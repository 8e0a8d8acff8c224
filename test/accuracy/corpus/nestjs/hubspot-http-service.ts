import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';
import { Customer } from './customer.entity';

@Injectable()
export class CrmSyncService {
  private readonly logger = new Logger(CrmSyncService.name);

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  async pushContact(customer: Customer): Promise<void> {
    const token = this.config.getOrThrow<string>('HUBSPOT_TOKEN');
    await firstValueFrom(
      this.http.post( // expect: pii-guard/no-unprotected-pii-transmission
        'https://api.hubapi.com/crm/v3/objects/contacts',
        { properties: { email: customer.email, firstname: customer.fullName, phone: customer.phone } },
        { headers: { Authorization: `Bearer ${token}` } },
      ),
    );
    this.logger.log(`customer ${customer.id} pushed to CRM`);
  }
}
