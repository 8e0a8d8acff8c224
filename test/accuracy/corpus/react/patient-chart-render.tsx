import type { ReactNode } from 'react';

export interface Patient {
  id: string;
  fullName: string;
  birthDate: string;
  diagnosis: string;
  allergies: string[];
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

export function PatientChart({ patient }: { patient: Patient }) {
  return (
    <table className="chart">
      <tbody>
        <Row label="患者名">{patient.fullName}</Row>
        <Row label="生年月日">{patient.birthDate}</Row>
        <Row label="診断">{patient.diagnosis}</Row>
        <Row label="アレルギー">{patient.allergies.join('、') || 'なし'}</Row>
      </tbody>
    </table>
  );
}
