import { Client } from '@notionhq/client';

const notion = new Client({ auth: process.env.NOTION_TOKEN });
const MEETINGS_DB = '2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b';

interface Meeting {
  会議名: string;
  会社名: string;
  日付: string;
  議題数: number;
}

export async function createMeetingPage(m: Meeting): Promise<string> {
  const page = await notion.pages.create({
    parent: { database_id: MEETINGS_DB },
    properties: {
      会議名: { title: [{ text: { content: m.会議名 } }] },
      会社名: { rich_text: [{ text: { content: m.会社名 } }] },
      日付: { date: { start: m.日付 } },
      議題数: { number: m.議題数 },
    },
  });
  return page.id;
}
