interface Applicant {
  fullName: string;
  email: string;
  phone: string;
}

export async function copyApplicantCard(applicant: Applicant): Promise<void> {
  const html = `<b>${applicant.fullName}</b><br>${applicant.email}<br>${applicant.phone}`;
  const text = `${applicant.fullName}\n${applicant.email}\n${applicant.phone}`;
  await navigator.clipboard.write([ // expect: pii-guard/no-unprotected-pii-export
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}
