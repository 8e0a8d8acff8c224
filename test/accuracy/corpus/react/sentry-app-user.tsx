import type { AppProps } from 'next/app';
import { useEffect } from 'react';
import * as Sentry from '@sentry/nextjs';
import { SessionProvider, useSession } from 'next-auth/react';

function SentryIdentity() {
  const { data } = useSession();
  useEffect(() => {
    if (data?.user) {
      Sentry.setUser({ email: data.user.email ?? undefined, username: data.user.name ?? undefined }); // expect: pii-guard/no-unprotected-pii-transmission
    } else {
      Sentry.setUser(null);
    }
  }, [data]);
  return null;
}

export default function App({ Component, pageProps: { session, ...pageProps } }: AppProps) {
  return (
    <SessionProvider session={session}>
      <SentryIdentity />
      <Component {...pageProps} />
    </SessionProvider>
  );
}
