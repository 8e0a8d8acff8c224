'use client';

import { useRouter } from 'next/navigation';

declare global {
  interface Window {
    gtag: (...args: unknown[]) => void;
  }
}

export function SignupButtons() {
  const router = useRouter();

  const track = (method: 'email' | 'google' | 'line') => {
    window.gtag('event', 'sign_up', { method });
  };

  return (
    <div className="signup-buttons">
      <button onClick={() => { track('email'); router.push('/signup/email'); }}>メールで登録</button>
      <button onClick={() => { track('google'); router.push('/api/auth/signin/google'); }}>Googleで登録</button>
      <button onClick={() => { track('line'); router.push('/api/auth/signin/line'); }}>LINEで登録</button>
    </div>
  );
}
