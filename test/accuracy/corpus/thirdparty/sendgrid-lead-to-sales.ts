import sgMail from '@sendgrid/mail';

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? '');

export async function notifySales(lead: { name: string; email: string; phone: string; company: string; budget: string }) {
  await sgMail.send({ // expect: pii-guard/no-unprotected-pii-transmission
    to: ['sales@acme.co.jp', 'sales-managers@acme.co.jp'],
    from: 'leads@acme.co.jp',
    subject: `New lead: ${lead.company}`,
    text: `${lead.name} <${lead.email}>, tel ${lead.phone}. Budget: ${lead.budget}`,
  });
}
