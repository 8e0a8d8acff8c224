import { useState, type FormEvent } from 'react';

declare function gtag(...args: unknown[]): void;

export function EntryForm({ onDone }: { onDone: () => void }) {
  const [namae, setNamae] = useState('');
  const [furigana, setFurigana] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    await fetch('/api/entry', { method: 'POST', body: JSON.stringify({ namae, furigana }) });
    gtag('event', 'sign_up', { method: 'form', namae, furigana }); // expect: pii-guard/no-unprotected-pii-transmission
    onDone();
  }

  return (
    <form onSubmit={submit}>
      <label>お名前 <input value={namae} onChange={(e) => setNamae(e.target.value)} /></label>
      <label>ふりがな <input value={furigana} onChange={(e) => setFurigana(e.target.value)} /></label>
      <p>{namae && `${namae}（${furigana}）様`}</p>
      <button type="submit">送信</button>
    </form>
  );
}
