import { useState } from 'react';

export function LoginForm({ onSuccess }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState('');

  async function submit(e) {
    e.preventDefault();
    const res = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) {
      setError('メールアドレスまたはパスワードが正しくありません');
      return;
    }
    onSuccess();
  }

  console.debug('LoginForm render', { showPassword, hasError: Boolean(error) });
  return (
    <form onSubmit={submit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="username" />
      <input type={showPassword ? 'text' : 'password'} value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      <label>
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> パスワードを表示
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit">ログイン</button>
    </form>
  );
}
