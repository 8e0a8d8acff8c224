const TEAMS_WEBHOOK = 'https://acme.webhook.office.com/webhookb2/0a1b2c3d-4e5f/IncomingWebhook/7f6e5d/4c3b';

interface Deploy {
  service: string;
  version: string;
  ファイル名: string;
  commit: string;
  hostname: string;
}

export async function notifyDeploy(d: Deploy): Promise<void> {
  await fetch(TEAMS_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      text: `デプロイ完了: ${d.service} ${d.version} (${d.ファイル名}) on ${d.hostname} (${d.commit.slice(0, 7)})`,
    }),
  });
}
