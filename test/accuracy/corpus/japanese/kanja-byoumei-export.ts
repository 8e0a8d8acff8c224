import { writeFile } from 'node:fs/promises';

interface Kanja {
  kanjaId: string;
  shimei: string;
  byoumei: string;
  kiouReki: string[];
}

export async function exportForConference(kanjaList: Kanja[], path: string): Promise<void> {
  const body = kanjaList
    .map((k) => `${k.kanjaId}\t${k.shimei}\t${k.byoumei}\t${k.kiouReki.join('・')}`)
    .join('\n');
  await writeFile(path, body); // expect: pii-guard/no-unprotected-pii-export
}
