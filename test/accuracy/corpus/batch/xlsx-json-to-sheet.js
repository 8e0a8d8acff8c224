import * as XLSX from 'xlsx';
import { fetchAttendees } from './events.js';

export async function writeAttendeeSheet(eventId, file) {
  const attendees = await fetchAttendees(eventId);
  const rows = attendees.map((a) => ({
    Name: a.fullName,
    Company: a.companyName,
    Email: a.email,
    Phone: a.phone,
  }));

  const worksheet = XLSX.utils.json_to_sheet(rows); // expect: pii-guard/no-unprotected-pii-export
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, worksheet, 'Attendees');
  XLSX.writeFile(workbook, file);
  return rows.length;
}
