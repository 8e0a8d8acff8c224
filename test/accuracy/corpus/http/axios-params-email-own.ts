import axios from 'axios';

export async function fetchInvoices(email: string, year: number) {
  const response = await axios.get('/api/invoices', { // expect: pii-guard/no-unprotected-pii-transmission
    params: { email, year },
  });
  return response.data as Array<{ id: string; amount: number }>;
}
