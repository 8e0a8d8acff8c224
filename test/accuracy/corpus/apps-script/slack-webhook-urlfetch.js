// Apps Script: posts each contact-form submission to the #inquiries Slack channel.
const SLACK_WEBHOOK = 'https://hooks.slack.com/services/T01ACME/B02INQ/6fQpZkXvR2mYt8sLw3nJ';

function onInquiry(e) {
  const v = e.namedValues;
  const text = [
    ':email: 新しいお問い合わせ',
    `会社名: ${v['会社名'][0]}`,
    `ご担当者名: ${v['ご担当者名'][0]}`,
    `メールアドレス: ${v['メールアドレス'][0]}`,
    `内容: ${v['お問い合わせ内容'][0]}`,
  ].join('\n');
  UrlFetchApp.fetch(SLACK_WEBHOOK, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text }),
  });
}
