import { useState } from 'react';

const REMEMBER_KEY = 'remembered-email';

export function RememberedEmailField({ onChange }) {
  const [email, setEmail] = useState(() => localStorage.getItem(REMEMBER_KEY) ?? '');
  const [remember, setRemember] = useState(Boolean(email));

  const update = (value, keep) => {
    setEmail(value);
    setRemember(keep);
    if (keep) localStorage.setItem(REMEMBER_KEY, value); // expect: pii-guard/no-unprotected-pii-export
    else localStorage.removeItem(REMEMBER_KEY);
    onChange(value);
  };

  return (
    <div>
      <input type="email" value={email} onChange={(e) => update(e.target.value, remember)} />
      <label>
        <input type="checkbox" checked={remember} onChange={(e) => update(email, e.target.checked)} /> メールアドレスを保存
      </label>
    </div>
  );
}
