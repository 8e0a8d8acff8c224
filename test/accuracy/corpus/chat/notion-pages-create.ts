import { Client } from '@notionhq/client';

const notion = new Client({ auth: process.env.NOTION_TOKEN });
const APPLICANTS_DB = '8f1d6c2a9b3e4f7a8c5d1e2f3a4b5c6d';

interface Applicant {
  shimei: string;
  email: string;
  tel: string;
  seinengappi: string;
}

export async function addApplicant(a: Applicant): Promise<void> {
  await notion.pages.create({ // expect: pii-guard/no-unprotected-pii-transmission
    parent: { database_id: APPLICANTS_DB },
    properties: {
      氏名: { title: [{ text: { content: a.shimei } }] },
      メール: { email: a.email },
      電話番号: { phone_number: a.tel },
      生年月日: { date: { start: a.seinengappi } },
    },
  });
}
