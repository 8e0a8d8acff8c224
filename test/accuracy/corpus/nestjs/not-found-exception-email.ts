import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class AccountsService {
  constructor(private readonly prisma: PrismaService) {}

  async findByEmail(email: string) {
    const account = await this.prisma.account.findUnique({ where: { email } });
    if (!account) {
      throw new NotFoundException(`No account registered for ${email}`); // expect: pii-guard/no-pii-in-logs
    }
    return account;
  }

  async findByPhone(phone: string) {
    const account = await this.prisma.account.findFirst({ where: { phone } });
    if (!account) {
      throw new NotFoundException('No account registered for this phone number');
    }
    return account;
  }
}
