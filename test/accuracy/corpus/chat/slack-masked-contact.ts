import { WebClient } from '@slack/web-api';
import { maskPhone, maskEmail } from './masking.js';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

interface Customer {
  customerId: string;
  denwaBangou: string;
  meruAdoresu: string;
}

export async function postDuplicateSuspect(c: Customer): Promise<void> {
  await slack.chat.postMessage({
    channel: 'C09DATAQUALITY',
    text: `重複の疑い: 顧客ID ${c.customerId} (電話 ${maskPhone(c.denwaBangou)} / メール ${maskEmail(c.meruAdoresu)})`,
  });
}
