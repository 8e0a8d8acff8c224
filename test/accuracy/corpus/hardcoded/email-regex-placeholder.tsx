const EMAIL_PATTERN = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;

export function EmailField({ value, onChange }: { value: string; onChange(v: string): void }) {
  const invalid = value !== '' && !EMAIL_PATTERN.test(value);
  return (
    <label>
      メールアドレス
      <input type="email" value={value} placeholder="you@example.com" onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} />
      {invalid && <small>例: taro.yamada@example.co.jp</small>}
    </label>
  );
}
