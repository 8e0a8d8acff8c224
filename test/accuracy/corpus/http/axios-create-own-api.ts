import axios from 'axios';

export const api = axios.create({
  baseURL: '/api',
  withCredentials: true,
  headers: { 'X-Requested-With': 'XMLHttpRequest' },
});

api.interceptors.request.use((config) => {
  const token = sessionStorage.getItem('csrfToken');
  if (token) config.headers.set('X-CSRF-Token', token);
  return config;
});

export interface RegistrationForm {
  fullName: string;
  email: string;
  phone: string;
  password: string;
}

export async function register(form: RegistrationForm): Promise<{ id: string }> {
  const { data } = await api.post<{ id: string }>('/registrations', form);
  return data;
}
