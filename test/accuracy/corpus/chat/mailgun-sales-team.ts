import formData from 'form-data';
import Mailgun from 'mailgun.js';

const mg = new Mailgun(formData).client({ username: 'api', key: process.env.MAILGUN_API_KEY ?? '' });

interface Lead {
  kaishaMei: string;
  tantoushaMei: string;
  email: string;
  denwa: string;
}

export async function forwardLead(lead: Lead): Promise<void> {
  await mg.messages.create('mg.acme.co.jp', { // expect: pii-guard/no-unprotected-pii-transmission
    from: 'no-reply@mg.acme.co.jp',
    to: ['sales@acme.co.jp'],
    subject: `新規リード: ${lead.kaishaMei}`,
    text: `会社名: ${lead.kaishaMei}\n担当者名: ${lead.tantoushaMei}\nメール: ${lead.email}\n電話: ${lead.denwa}`,
  });
}
