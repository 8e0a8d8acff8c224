import { useState } from 'react';

const KLAVIYO_COMPANY_ID = 'AbC123';

export default function NewsletterSignup({ source = 'footer' }) {
  const [email, setEmail] = useState('');
  const [status, setStatus] = useState('idle');

  async function subscribe(event) {
    event.preventDefault();
    setStatus('sending');
    const res = await fetch(`https://a.klaviyo.com/client/subscriptions/?company_id=${KLAVIYO_COMPANY_ID}`, { // expect: pii-guard/no-unprotected-pii-transmission
      method: 'POST',
      headers: { 'Content-Type': 'application/json', revision: '2024-02-15' },
      body: JSON.stringify({
        data: { type: 'subscription', attributes: { profile: { data: { type: 'profile', attributes: { email } } }, custom_source: source } },
      }),
    });
    setStatus(res.ok ? 'done' : 'error');
  }

  return (
    <form onSubmit={subscribe} className="newsletter">
      <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder="メールアドレス" />
      <button disabled={status === 'sending'}>登録</button>
      {status === 'done' && <p>ご登録ありがとうございます。</p>}
    </form>
  );
}
