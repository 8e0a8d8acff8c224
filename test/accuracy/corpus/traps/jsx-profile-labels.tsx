import { useTranslation } from 'react-i18next';

const FIELDS = [
  { key: 'email', label: 'メールアドレス', type: 'email', autoComplete: 'email' },
  { key: 'phone', label: '電話番号', type: 'tel', autoComplete: 'tel' },
  { key: 'address', label: '住所', type: 'text', autoComplete: 'street-address' },
] as const;

export function ProfileFieldsHelp() {
  const { t } = useTranslation('profile');
  console.debug('profile fields', FIELDS.map((f) => f.key));
  return (
    <dl>
      {FIELDS.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{t(`help.${f.key}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
