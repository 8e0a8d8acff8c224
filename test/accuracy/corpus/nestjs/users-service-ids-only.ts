import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { UpdateUserDto } from './dto/update-user.dto';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(@InjectRepository(User) private readonly repository: Repository<User>) {}

  async update(id: string, dto: UpdateUserDto): Promise<User> {
    const user = await this.repository.findOneBy({ id });
    if (!user) {
      throw new NotFoundException(`User ${id} not found`);
    }
    Object.assign(user, dto);
    const saved = await this.repository.save(user);
    this.logger.log(`User ${id} updated (${Object.keys(dto).length} fields)`);
    this.logger.debug({ userId: id, emailVerified: saved.emailVerified, phoneCount: saved.phones.length });
    return saved;
  }
}
