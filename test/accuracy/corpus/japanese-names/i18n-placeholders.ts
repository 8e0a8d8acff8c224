import i18next from 'i18next';

await i18next.init({
  lng: 'ja',
  resources: {
    ja: {
      translation: {
        greeting: '{{氏名}} 様',
        confirmTel: 'ご登録の電話番号 {{電話番号}} にSMSを送信しました',
        addressLabel: '住所',
        birthLabel: '生年月日',
        required: '{{field}}を入力してください',
      },
    },
  },
});

console.info('i18n keys', Object.keys(i18next.getResourceBundle('ja', 'translation')));
console.info('sample', i18next.t('required', { field: '郵便番号' }));
