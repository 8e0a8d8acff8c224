export async function searchPatients(criteria: { name?: string; birthDate?: string; insuranceNumber?: string }) {
  const params = new URLSearchParams();
  if (criteria.name) params.set('name', criteria.name);
  if (criteria.birthDate) params.set('dob', criteria.birthDate);
  if (criteria.insuranceNumber) params.set('ins', criteria.insuranceNumber);

  const res = await fetch(`/api/patients/search?${params.toString()}`); // expect: pii-guard/no-unprotected-pii-transmission
  return res.json();
}
