import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';

const schema = z.object({
  name: z.string().min(1, 'required'),
  email: z.string().email(),
  phone: z.string().regex(/^0\d{9,10}$/).optional(),
  message: z.string().min(10).max(2000),
});
type ContactValues = z.infer<typeof schema>;

export function ContactForm() {
  const { t } = useTranslation();
  const { register, handleSubmit, formState, reset } = useForm<ContactValues>({ resolver: zodResolver(schema) });

  const onSubmit = async (values: ContactValues) => {
    await fetch('/api/contact', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(values),
    });
    reset();
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input {...register('name')} placeholder={t('contact.name')} />
      <input {...register('email')} type="email" placeholder={t('contact.email')} />
      <input {...register('phone')} type="tel" placeholder={t('contact.phone')} />
      <textarea {...register('message')} placeholder={t('contact.message')} />
      {formState.errors.email && <span role="alert">{t('errors.email')}</span>}
      <button type="submit" disabled={formState.isSubmitting}>{t('contact.send')}</button>
    </form>
  );
}
