import { useState } from 'react';

type Member = { id: string; displayName: string };

export function MemberSearch() {
  const [email, setEmail] = useState('');
  const [result, setResult] = useState<Member | null>(null);

  async function search() {
    const res = await fetch(`/api/members/search?email=${encodeURIComponent(email)}`); // expect: pii-guard/no-unprotected-pii-transmission
    setResult(res.ok ? ((await res.json()) as Member) : null);
  }

  return (
    <div>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="メールアドレス" />
      <button onClick={search}>検索</button>
      {result && <p>{result.displayName}</p>}
    </div>
  );
}
