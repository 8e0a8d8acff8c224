import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity()
export class Contact {
  @PrimaryGeneratedColumn() id!: number;
  @Column() fullName!: string;
  @Column() email!: string;
  @Column({ nullable: true }) phone?: string;
}

@Injectable()
export class ContactsService {
  constructor(@InjectRepository(Contact) private readonly repository: Repository<Contact>) {}

  async create(input: { fullName: string; email: string; phone?: string }): Promise<Contact> {
    const contact = this.repository.create(input);
    await this.repository.save(contact);
    await this.repository.update({ id: contact.id }, { phone: input.phone });
    return contact;
  }
}
