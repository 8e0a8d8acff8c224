import { useEffect } from 'react';

type IntercomFn = (command: string, options?: Record<string, unknown>) => void;
declare const window: Window & { Intercom?: IntercomFn };

interface Props {
  user: { id: string; email: string; fullName: string; createdAt: number } | null;
}

export function SupportChat({ user }: Props) {
  useEffect(() => {
    if (!user || !window.Intercom) return;
    window.Intercom('boot', { // expect: pii-guard/no-unprotected-pii-transmission
      app_id: 'abc12def',
      user_id: user.id,
      email: user.email,
      name: user.fullName,
      created_at: user.createdAt,
    });
    return () => window.Intercom?.('shutdown');
  }, [user]);

  return null;
}
