import { algoliasearch } from 'algoliasearch';

const client = algoliasearch(process.env.ALGOLIA_APP_ID ?? '', process.env.ALGOLIA_ADMIN_KEY ?? '');

export async function indexMembers(members: Array<{ id: string; fullName: string; email: string; phone: string; city: string }>) {
  await client.saveObjects({ // expect: pii-guard/no-unprotected-pii-transmission
    indexName: 'members',
    objects: members.map((m) => ({ objectID: m.id, name: m.fullName, email: m.email, phone: m.phone, city: m.city })),
  });
}
