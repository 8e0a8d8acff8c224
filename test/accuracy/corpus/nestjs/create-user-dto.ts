import { IsEmail, IsNotEmpty, IsOptional, IsPhoneNumber, IsDateString, MaxLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';

export class CreateUserDto {
  @ApiProperty({ example: 'user@example.com', description: 'Login e-mail address' })
  @IsEmail()
  email!: string;

  @ApiProperty({ description: '氏名' })
  @IsNotEmpty()
  @MaxLength(100)
  fullName!: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsPhoneNumber('JP')
  phone?: string;

  @ApiProperty({ required: false, description: '生年月日 (YYYY-MM-DD)' })
  @IsOptional()
  @IsDateString()
  birthDate?: string;

  @ApiProperty({ minLength: 12 })
  @IsNotEmpty()
  password!: string;
}
