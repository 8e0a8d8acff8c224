import type { GetServerSideProps } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../lib/auth';

type Props = { greeting: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  console.log(`SSR dashboard for ${session.user.email}`); // expect: pii-guard/no-pii-in-logs
  return { props: { greeting: `こんにちは、${session.user.name ?? ''}さん` } };
};

export default function Dashboard({ greeting }: Props) {
  return <h1>{greeting}</h1>;
}
