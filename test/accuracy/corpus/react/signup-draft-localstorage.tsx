import { useEffect, useState } from 'react';

type SignupForm = {
  fullName: string;
  email: string;
  phone: string;
  birthDate: string;
};

const DRAFT_KEY = 'signup-draft';
const empty: SignupForm = { fullName: '', email: '', phone: '', birthDate: '' };

export function useSignupDraft() {
  const [form, setForm] = useState<SignupForm>(() => {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as SignupForm) : empty;
  });

  useEffect(() => {
    // Survives a reload while the user fills in the form.
    localStorage.setItem(DRAFT_KEY, JSON.stringify(form)); // expect: pii-guard/no-unprotected-pii-export
  }, [form]);

  const clear = () => localStorage.removeItem(DRAFT_KEY);
  return { form, setForm, clear };
}
