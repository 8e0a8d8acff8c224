interface Kaiin {
  kaiinBangou: string;
  namae: string;
  meruAdoresu: string;
}

export async function syncToMa(kaiin: Kaiin): Promise<void> {
  await fetch('https://api.ma-cloud.jp/v2/contacts', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.MA_KEY ?? '' },
    body: JSON.stringify({ external_id: kaiin.kaiinBangou, name: kaiin.namae, email: kaiin.meruAdoresu }),
  });
}
