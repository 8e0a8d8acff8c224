import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async create(dto: CreateUserDto): Promise<User> {
    this.logger.log(`Creating user ${dto.email} (${dto.firstName} ${dto.lastName})`); // expect: pii-guard/no-pii-in-logs
    const user = this.users.create(dto);
    const saved = await this.users.save(user);
    this.logger.log(`User ${saved.id} created`);
    return saved;
  }

  async findOne(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }
}
