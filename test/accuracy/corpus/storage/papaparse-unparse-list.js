import Papa from 'papaparse';

export function volunteersCsv(volunteers) {
  return Papa.unparse({ // expect: pii-guard/no-unprotected-pii-export
    fields: ['name', 'email', 'phone', 'emergencyContact'],
    data: volunteers.map((v) => [v.fullName, v.email, v.phone, v.emergencyContactPhone]),
  });
}
