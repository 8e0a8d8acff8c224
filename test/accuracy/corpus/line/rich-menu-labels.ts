import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

export async function createMemberMenu(): Promise<string> {
  const { richMenuId } = await client.createRichMenu({
    size: { width: 2500, height: 843 },
    selected: true,
    name: '会員メニュー',
    chatBarText: 'メニュー',
    areas: [
      { bounds: { x: 0, y: 0, width: 833, height: 843 }, action: { type: 'message', label: 'お名前の登録', text: 'お名前の登録' } },
      { bounds: { x: 833, y: 0, width: 833, height: 843 }, action: { type: 'message', label: '電話番号を変更', text: '電話番号を変更' } },
      { bounds: { x: 1666, y: 0, width: 834, height: 843 }, action: { type: 'uri', label: '住所変更', uri: 'https://liff.line.me/2001234567-AbCdEfGh/address' } },
    ],
  });
  console.log('rich menu created', richMenuId);
  return richMenuId;
}
