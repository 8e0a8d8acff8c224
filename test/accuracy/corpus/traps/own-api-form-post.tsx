import { useState } from 'react';
import axios from 'axios';

export function ApplicationForm() {
  const [form, setForm] = useState({ fullName: '', email: '', phone: '', birthDate: '', resumeText: '' });
  const [sent, setSent] = useState(false);

  const submit = async () => {
    await axios.post('/api/applications', form);
    await fetch('/api/applications/notify', { method: 'POST', body: JSON.stringify({ email: form.email }) });
    setSent(true);
  };

  if (sent) return <p>{form.fullName} 様、ご応募ありがとうございました。</p>;
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {(['fullName', 'email', 'phone', 'birthDate'] as const).map((key) => (
        <input key={key} name={key} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      ))}
      <textarea name="resumeText" value={form.resumeText} onChange={(e) => setForm({ ...form, resumeText: e.target.value })} />
      <button type="submit">応募する</button>
    </form>
  );
}
