import { Injectable, Logger } from '@nestjs/common';
import { maskEmail, maskPhone } from '../common/pii-mask';
import { SignupDto } from './dto/signup.dto';

@Injectable()
export class SignupAuditService {
  private readonly logger = new Logger(SignupAuditService.name);

  recordAttempt(dto: SignupDto, accepted: boolean): void {
    this.logger.log({
      event: 'signup.attempt',
      accepted,
      email: maskEmail(dto.email),
      phone: maskPhone(dto.phone),
    });
  }
}
