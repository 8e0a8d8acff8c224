import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { UsersService } from './users.service';

@ObjectType()
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field({ nullable: true }) phone?: string;
}

@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserModel, { nullable: true })
  async user(@Args('id', { type: () => ID }) id: string): Promise<UserModel | null> {
    const user = await this.users.findOne(id);
    return user ? { id: user.id, email: user.email, displayName: user.displayName, phone: user.phone } : null;
  }
}
