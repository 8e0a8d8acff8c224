import { useEffect, useState, type FormEvent } from 'react';
import { identifyAccount } from '../lib/analytics';
import { setSupportContext } from '../lib/monitoring';
import { cacheProfile, readCachedProfile } from '../lib/storage';
import type { User } from '../types';

const HELPDESK_ACCOUNT = 'acme-address-book';

type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export function Profile() {
  const [user, setUser] = useState<User | null>(() => readCachedProfile());
  const [phone, setPhone] = useState(user?.phone ?? '');
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [helpdeskSession, setHelpdeskSession] = useState<string | null>(null);

  // Fresh copy of the profile from our own API.
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/me', { signal: controller.signal, credentials: 'same-origin' })
      .then((res) => (res.ok ? (res.json() as Promise<User>) : Promise.reject(new Error(`GET /api/me: ${res.status}`))))
      .then((me) => {
        setUser(me);
        setPhone(me.phone ?? '');
        cacheProfile(me);
        identifyAccount(me);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) console.warn('profile refresh failed', err);
      });
    return () => controller.abort();
  }, []);

  // Help widget: the vendor opens a visitor session so that agents see who is asking.
  useEffect(() => {
    if (!user) return;
    setSupportContext(user);
    fetch(`https://api.helpnest.io/v1/widget/session?account=${HELPDESK_ACCOUNT}&email=${encodeURIComponent(user.email)}&name=${encodeURIComponent(user.name)}`) // expect: pii-guard/no-unprotected-pii-transmission
      .then((res) => res.json() as Promise<{ session: string }>)
      .then((body) => setHelpdeskSession(body.session))
      .catch(() => setHelpdeskSession(null));
  }, [user]);

  async function savePhone(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('saving');
    try {
      const res = await fetch('/api/me', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ phone: phone.trim() || null }),
      });
      if (!res.ok) throw new Error(`PATCH /api/me: ${res.status}`);
      const updated = (await res.json()) as User;
      setUser(updated);
      cacheProfile(updated);
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  }

  if (!user) return <p>読み込み中…</p>;

  return (
    <section className="profile">
      <h1>{user.name} さんのプロフィール</h1>
      <dl>
        <dt>メールアドレス</dt>
        <dd>
          {user.email} {user.emailVerified ? '(確認済み)' : '(未確認)'}
        </dd>
        <dt>プラン</dt>
        <dd>{user.plan === 'pro' ? 'Pro' : 'Free'}</dd>
        <dt>登録日</dt>
        <dd>{new Date(user.createdAt).toLocaleDateString('ja-JP')}</dd>
      </dl>

      <form onSubmit={savePhone}>
        <label htmlFor="profile-phone">電話番号</label>
        <input id="profile-phone" type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        <button type="submit" disabled={status === 'saving'}>
          保存
        </button>
        {status === 'saved' && <span role="status">保存しました</span>}
        {status === 'error' && <span role="alert">保存できませんでした</span>}
      </form>

      {helpdeskSession && (
        <iframe className="helpdesk" title="ヘルプ" src={`https://widget.helpnest.io/embed?session=${helpdeskSession}`} />
      )}
    </section>
  );
}
