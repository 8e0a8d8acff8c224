const SEIBETSU_OPTIONS = [
  { value: 'male', label: '男性' },
  { value: 'female', label: '女性' },
  { value: 'other', label: 'その他' },
  { value: 'none', label: '回答しない' },
];

const NENDAI_OPTIONS = ['10代', '20代', '30代', '40代', '50代', '60代以上'];

export function ProfileSelects() {
  console.debug('options', SEIBETSU_OPTIONS.length, NENDAI_OPTIONS.length);
  return (
    <fieldset>
      <legend>性別・年齢</legend>
      <select name="seibetsu" aria-label="性別">
        {SEIBETSU_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <select name="nendai" aria-label="年齢">
        {NENDAI_OPTIONS.map((n) => <option key={n}>{n}</option>)}
      </select>
    </fieldset>
  );
}
