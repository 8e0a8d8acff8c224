import axios from 'axios';

const chatwork = axios.create({
  baseURL: 'https://api.chatwork.com/v2',
  headers: { 'X-ChatWorkToken': process.env.CHATWORK_TOKEN ?? '' },
});

interface Shinsei {
  shinseiBangou: string;
  shinseishaShimei: string;
  renrakusaki: string;
  nenshu: number;
}

export async function notifyLoanDesk(s: Shinsei): Promise<void> {
  const body = `[info][title]ローン仮審査 ${s.shinseiBangou}[/title]申請者: ${s.shinseishaShimei}\n連絡先: ${s.renrakusaki}\n年収: ${s.nenshu}万円[/info]`;
  await chatwork.post('/rooms/345678901/messages', new URLSearchParams({ body, self_unread: '0' })); // expect: pii-guard/no-unprotected-pii-transmission
}
