import { useState } from 'react';

export function ReferralCode({ code, shareUrl }: { code: string; shareUrl: string }) {
  const [copied, setCopied] = useState<'code' | 'link' | null>(null);

  const copy = async (what: 'code' | 'link') => {
    await navigator.clipboard.writeText(what === 'code' ? code : shareUrl);
    setCopied(what);
  };

  return (
    <div className="referral">
      <code>{code}</code>
      <button onClick={() => copy('code')}>{copied === 'code' ? 'Copied!' : 'Copy code'}</button>
      <button onClick={() => copy('link')}>{copied === 'link' ? 'Copied!' : 'Copy link'}</button>
    </div>
  );
}
