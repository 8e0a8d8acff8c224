import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { identifyUser, trackLead, trackSignUp } from '../lib/analytics';
import { reportSignupFailure, setMonitoringUser } from '../lib/monitoring';
import { cacheProfile, loadSignupDraft, saveSignupDraft } from '../lib/storage';
import type { Plan, User } from '../types';

const LABELS = {
  name: 'お名前',
  email: 'メールアドレス',
  password: 'パスワード',
  plan: 'プラン',
} as const;

// Partner sites embed this form in an iframe and listen for the completion message.
const EMBEDDED = window.parent !== window;

interface FormState {
  name: string;
  email: string;
  password: string;
  plan: Plan;
}

export function SignUpForm() {
  const navigate = useNavigate();
  const [form, setForm] = useState<FormState>(() => ({ name: '', email: loadSignupDraft(), password: '', plan: 'free' }));
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onChange = (field: keyof FormState) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setForm((current) => ({ ...current, [field]: event.target.value }));
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      // Our own API, same origin: the form data travels in the body over HTTPS.
      const res = await fetch('/api/signup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(form),
      });
      if (!res.ok) {
        reportSignupFailure(form.email, res.status);
        setError(res.status === 409 ? 'このメールアドレスは登録済みです。' : '登録できませんでした。時間をおいて再度お試しください。');
        return;
      }

      const user = (await res.json()) as User;
      cacheProfile(user);
      setMonitoringUser(user);
      identifyUser(user);
      trackSignUp(user.plan);
      trackLead(user.email);

      if (EMBEDDED) {
        window.parent.postMessage({ type: 'acme:signup-complete', email: user.email, plan: user.plan }, '*'); // expect: pii-guard/no-unprotected-pii-transmission
        return;
      }
      navigate('/profile');
    } catch {
      setError('通信エラーが発生しました。');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="signup-form" onSubmit={handleSubmit} noValidate>
      <h1>アカウント作成</h1>

      <label htmlFor="signup-name">{LABELS.name}</label>
      <input id="signup-name" name="name" autoComplete="name" value={form.name} onChange={onChange('name')} required />

      <label htmlFor="signup-email">{LABELS.email}</label>
      <input
        id="signup-email"
        name="email"
        type="email"
        autoComplete="email"
        value={form.email}
        onChange={onChange('email')}
        onBlur={() => saveSignupDraft(form.email)}
        required
      />

      <label htmlFor="signup-password">{LABELS.password}</label>
      <div className="password-field">
        <input
          id="signup-password"
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="new-password"
          minLength={10}
          value={form.password}
          onChange={onChange('password')}
          required
        />
        <button type="button" onClick={() => setShowPassword((shown) => !shown)} aria-pressed={showPassword}>
          {showPassword ? '隠す' : '表示'}
        </button>
      </div>

      <label htmlFor="signup-plan">{LABELS.plan}</label>
      <select id="signup-plan" name="plan" value={form.plan} onChange={onChange('plan')}>
        <option value="free">Free</option>
        <option value="pro">Pro</option>
      </select>

      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={submitting}>
        {submitting ? '送信中…' : '登録する'}
      </button>
    </form>
  );
}
