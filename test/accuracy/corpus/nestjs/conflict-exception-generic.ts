import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { SignupDto } from './dto/signup.dto';

@Injectable()
export class SignupService {
  private readonly logger = new Logger(SignupService.name);

  constructor(private readonly prisma: PrismaService) {}

  async signup(dto: SignupDto) {
    try {
      return await this.prisma.user.create({ data: { email: dto.email, name: dto.name } });
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
        this.logger.warn(`signup rejected: duplicate key on ${String(e.meta?.target)}`);
        throw new ConflictException('Email already registered');
      }
      throw e;
    }
  }
}
