export type Plan = 'free' | 'pro';

export interface User {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  plan: Plan;
  emailVerified: boolean;
  createdAt: string;
}

export interface Contact {
  id: string;
  name: string;
  email: string;
  phone: string;
  company: string;
  tags: string[];
}
