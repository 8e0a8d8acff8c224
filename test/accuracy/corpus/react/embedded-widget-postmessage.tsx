import { useEffect } from 'react';

interface Props {
  member: { id: string; email: string; fullName: string };
}

// Runs inside a partner's iframe and tells the host page who is logged in.
export function WidgetBridge({ member }: Props) {
  useEffect(() => {
    window.parent.postMessage( // expect: pii-guard/no-unprotected-pii-transmission
      { type: 'acme:member', email: member.email, name: member.fullName },
      '*',
    );
  }, [member]);

  return null;
}
