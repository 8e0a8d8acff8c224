import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function storeInvoicePdf(pdf: Buffer, invoiceId: string): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: 'acme-invoices', Key: `invoices/${invoiceId}.pdf`, Body: pdf, ContentType: 'application/pdf' }));
}

export async function storeContactCard(contact: { email: string; fullName: string; phone: string }): Promise<void> {
  const body = `${contact.fullName}\n${contact.email}\n${contact.phone}`;
  await s3.send(new PutObjectCommand({ Bucket: 'acme-contacts', Key: `cards/${contact.email}.txt`, Body: body })); // expect: pii-guard/no-unprotected-pii-export
}
