import { useEffect, useState } from 'react';
import { useSession } from 'next-auth/react';

export default function AccountPage() {
  const { data: session, status } = useSession();
  const [plan, setPlan] = useState<string | null>(null);

  useEffect(() => {
    if (status !== 'authenticated') return;
    console.log('session user', session.user); // expect: pii-guard/no-pii-in-logs
    fetch('/api/billing/plan')
      .then((r) => r.json())
      .then((d: { plan: string }) => setPlan(d.plan));
  }, [status, session]);

  if (status === 'loading') return <p>Loading…</p>;
  return (
    <main>
      <h1>{session?.user?.name}</h1>
      <p>Plan: {plan ?? '—'}</p>
    </main>
  );
}
