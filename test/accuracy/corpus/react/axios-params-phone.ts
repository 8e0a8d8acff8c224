import axios from 'axios';

export interface CustomerSummary {
  id: string;
  name: string;
}

export async function findCustomerByPhone(phone: string): Promise<CustomerSummary[]> {
  const normalized = phone.replace(/[^\d]/g, '');
  const { data } = await axios.get<CustomerSummary[]>('/api/customers', { // expect: pii-guard/no-unprotected-pii-transmission
    params: { phone: normalized, limit: 10 },
  });
  return data;
}

export async function findCustomerById(id: string): Promise<CustomerSummary> {
  const { data } = await axios.get<CustomerSummary>(`/api/customers/${id}`);
  return data;
}
