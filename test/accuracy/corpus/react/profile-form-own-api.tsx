import { useState, type FormEvent } from 'react';

interface ProfileFormProps {
  initial: { fullName: string; email: string; phone: string };
  onSaved(): void;
}

export function ProfileForm({ initial, onSaved }: ProfileFormProps) {
  const [fullName, setFullName] = useState(initial.fullName);
  const [email, setEmail] = useState(initial.email);
  const [phone, setPhone] = useState(initial.phone);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    const res = await fetch('/api/profile', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ fullName, email, phone }),
    });
    setSaving(false);
    if (res.ok) onSaved();
  }

  return (
    <form onSubmit={handleSubmit} className="profile-form">
      <label htmlFor="fullName">氏名</label>
      <input id="fullName" value={fullName} onChange={(e) => setFullName(e.target.value)} />
      <label htmlFor="email">メールアドレス</label>
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="phone">電話番号</label>
      <input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <button type="submit" disabled={saving}>保存</button>
    </form>
  );
}
