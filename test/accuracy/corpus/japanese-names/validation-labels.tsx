import { useState } from 'react';

const MESSAGES = {
  shimei: 'お名前を入力してください',
  denwa: '電話番号を入力してください',
  mail: 'メールアドレスの形式が正しくありません',
};

export function ContactFields() {
  const [errors, setErrors] = useState<Partial<Record<keyof typeof MESSAGES, string>>>({});

  function validate(form: HTMLFormElement) {
    const next: typeof errors = {};
    if (!form.shimei.value) next.shimei = MESSAGES.shimei;
    if (!/^0\d{9,10}$/.test(form.denwa.value)) next.denwa = MESSAGES.denwa;
    setErrors(next);
    console.debug('validation errors', Object.keys(next));
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); validate(e.currentTarget); }}>
      <input name="shimei" placeholder="お名前（例：山田 太郎）" aria-label="氏名" />
      {errors.shimei && <p role="alert">{errors.shimei}</p>}
      <input name="denwa" placeholder="電話番号（ハイフンなし）" aria-label="電話番号" />
      {errors.denwa && <p role="alert">{errors.denwa}</p>}
      <button type="submit">確認</button>
    </form>
  );
}
