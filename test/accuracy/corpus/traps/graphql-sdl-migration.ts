import { gql } from 'graphql-tag';
import type { Knex } from 'knex';

export const typeDefs = gql`
  type User {
    id: ID!
    email: String!
    phone: String
    birthDate: String
  }
  type Query {
    me: User
  }
`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary();
    t.string('email', 254).notNullable().unique();
    t.string('phone', 20);
    t.date('birth_date');
  });
  console.log('migration 20240315_create_users applied');
}
