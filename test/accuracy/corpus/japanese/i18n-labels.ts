export const ja = {
  form: {
    name: '氏名',
    furigana: 'フリガナ',
    email: 'メールアドレス',
    phone: '電話番号',
    address: '住所',
    birthDate: '生年月日',
    myNumber: 'マイナンバー (個人番号)',
  },
  errors: {
    email: 'メールアドレスの形式が正しくありません',
    phone: '電話番号は半角数字で入力してください',
    required: '{{field}}は必須です',
  },
};

export const en = {
  form: { name: 'Full name', furigana: 'Reading', email: 'Email address', phone: 'Phone', address: 'Address', birthDate: 'Date of birth', myNumber: 'My Number' },
  errors: { email: 'Invalid e-mail address', phone: 'Digits only', required: '{{field}} is required' },
};

console.debug(`loaded ${Object.keys(ja.form).length} form labels`, ja.form);
