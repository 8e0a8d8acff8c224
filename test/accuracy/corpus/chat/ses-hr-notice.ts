import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';

const ses = new SESClient({ region: 'ap-northeast-1' });

interface Nyusha {
  shainBangou: string;
  shimei: string;
  seinengappi: string;
  genJuusho: string;
}

export async function notifyPayroll(n: Nyusha): Promise<void> {
  await ses.send(new SendEmailCommand({ // expect: pii-guard/no-unprotected-pii-transmission
    Source: 'hr-system@acme.co.jp',
    Destination: { ToAddresses: ['payroll@acme-outsourcing.jp'] },
    Message: {
      Subject: { Data: `入社手続き ${n.shainBangou}` },
      Body: { Text: { Data: `氏名: ${n.shimei}\n生年月日: ${n.seinengappi}\n現住所: ${n.genJuusho}` } },
    },
  }));
}
