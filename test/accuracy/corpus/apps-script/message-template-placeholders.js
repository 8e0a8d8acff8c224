// Apps Script: mail templates with placeholders, kept in a sheet and checked at start-up.
const TEMPLATES = {
  confirm: '{{お名前}} 様\n\nご予約ありがとうございます。\nご予約日時: {{日時}}\nご連絡先: {{電話番号}}',
  remind: '{{お名前}} 様\n\n明日 {{日時}} のご来店をお待ちしております。',
};

function checkTemplates() {
  Object.entries(TEMPLATES).forEach(([key, text]) => {
    const placeholders = text.match(/{{[^}]+}}/g) || [];
    Logger.log(`${key}: ${placeholders.join(', ')}`);
  });
  PropertiesService.getScriptProperties().setProperty('TEMPLATES_CHECKED', new Date().toISOString());
}
