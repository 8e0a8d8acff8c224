import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

const CHECKLIST = ['氏名の表記ゆれ', '電話番号の桁数', 'メールアドレスの形式', '住所の番地'];

export async function remindReview(ticketId: string, assigneeSlackId: string): Promise<void> {
  await slack.chat.postMessage({
    channel: assigneeSlackId,
    text: `申込 ${ticketId} の確認をお願いします。\n確認項目: ${CHECKLIST.join('、')}\n電話番号を入力してください、のエラーが出た場合は差し戻してください。`,
  });
}
