import axios from 'axios';

interface Jushinsha {
  kanjaId: string;
  shimei: string;
  hihokenshaKigou: string;
  hihokenshaBangou: string;
  hokenshaBangou: string;
}

export async function confirmEligibility(j: Jushinsha): Promise<boolean> {
  const { data } = await axios.post('https://api.shikaku-kakunin.example-clearinghouse.jp/v1/check', { // expect: pii-guard/no-unprotected-pii-transmission
    hokenshaBangou: j.hokenshaBangou,
    kigou: j.hihokenshaKigou,
    bangou: j.hihokenshaBangou,
    shimei: j.shimei,
  });
  return data.eligible === true;
}
