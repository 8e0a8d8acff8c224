import { GraphQLClient, gql } from 'graphql-request';

const client = new GraphQLClient('/graphql', { credentials: 'include' });

const UPDATE_CONTACT = gql`
  mutation UpdateContact($input: ContactInput!) {
    updateContact(input: $input) {
      id
      updatedAt
    }
  }
`;

export async function updateContact(input: { email: string; phone: string; postalCode: string }) {
  const data = await client.request<{ updateContact: { id: string } }>(UPDATE_CONTACT, { input });
  return data.updateContact.id;
}
