interface Enrollment {
  jidouShimei: string;
  hogoshaShimei: string;
  kinkyuuRenrakusaki: string;
  arerugii: string;
}

const TEAMS_WEBHOOK = 'https://hoikuen-sakura.webhook.office.com/webhookb2/1f2e3d4c-5b6a/IncomingWebhook/9a8b7c/6d5e';

export async function postEnrollment(e: Enrollment): Promise<void> {
  await fetch(TEAMS_WEBHOOK, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      '@type': 'MessageCard',
      summary: '入園申込',
      sections: [{
        activityTitle: `入園申込: ${e.jidouShimei}`,
        facts: [
          { name: '保護者氏名', value: e.hogoshaShimei },
          { name: '緊急連絡先', value: e.kinkyuuRenrakusaki },
          { name: 'アレルギー', value: e.arerugii },
        ],
      }],
    }),
  });
}
