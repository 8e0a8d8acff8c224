export async function copyAttendeeEmails(attendees: Array<{ id: string; email: string; attending: boolean }>): Promise<number> {
  const emails = attendees.filter((a) => a.attending).map((a) => a.email);
  await navigator.clipboard.writeText(emails.join('; ')); // expect: pii-guard/no-unprotected-pii-export
  return emails.length;
}
