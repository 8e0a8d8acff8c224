interface Contact {
  fullName: string;
  kana?: string;
  phone: string;
  email: string;
  company?: string;
}

function toVCard(contact: Contact): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${contact.fullName}`,
    `TEL;TYPE=CELL:${contact.phone}`,
    `EMAIL:${contact.email}`,
    contact.company ? `ORG:${contact.company}` : '',
    'END:VCARD',
  ]
    .filter(Boolean)
    .join('\r\n');
}

export function SaveContactButton({ contact }: { contact: Contact }) {
  const save = () => {
    const blob = new Blob([toVCard(contact)], { type: 'text/vcard' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob); // expect: pii-guard/no-unprotected-pii-export
    link.download = 'contact.vcf';
    link.click();
  };
  return <button onClick={save}>連絡先を保存</button>;
}
