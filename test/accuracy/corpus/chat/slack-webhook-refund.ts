import { IncomingWebhook } from '@slack/webhook';

const webhook = new IncomingWebhook('https://hooks.slack.com/services/T0ACME/B0KEIRI/w2Qe8rTy5uIo1pAs');

interface Henkin {
  chuumonBangou: string;
  kouzaMeigi: string;
  ginkouMei: string;
  kouzaBangou: string;
  kingaku: number;
}

export async function requestRefund(h: Henkin): Promise<void> {
  await webhook.send({ // expect: pii-guard/no-unprotected-pii-transmission
    text: `返金依頼 ${h.chuumonBangou}: ${h.ginkouMei} ${h.kouzaBangou} ${h.kouzaMeigi} ¥${h.kingaku}`,
  });
}
