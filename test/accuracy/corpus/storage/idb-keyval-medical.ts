import { set, get, del } from 'idb-keyval';

export interface Questionnaire {
  patientName: string;
  birthDate: string;
  symptoms: string;
  currentMedication: string;
  allergies: string;
}

export async function saveDraft(visitId: string, q: Questionnaire): Promise<void> {
  await set(`questionnaire:${visitId}`, q); // expect: pii-guard/no-unprotected-pii-export
}

export async function loadDraft(visitId: string): Promise<Questionnaire | undefined> {
  return get<Questionnaire>(`questionnaire:${visitId}`);
}

export async function discardDraft(visitId: string): Promise<void> {
  await del(`questionnaire:${visitId}`);
}
