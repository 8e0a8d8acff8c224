import { useEffect } from 'react';

export function HotjarIdentity({ user }) {
  useEffect(() => {
    if (!user || typeof window.hj !== 'function') return;
    window.hj('identify', user.id, { // expect: pii-guard/no-unprotected-pii-transmission
      email: user.email,
      full_name: user.fullName,
      signed_up: user.createdAt,
    });
  }, [user]);

  return null;
}
