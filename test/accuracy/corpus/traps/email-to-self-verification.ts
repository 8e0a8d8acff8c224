import nodemailer from 'nodemailer';

const transporter = nodemailer.createTransport({ host: 'email-smtp.ap-northeast-1.amazonaws.com', port: 587 });

export async function sendVerificationCode(user: { email: string; firstName: string }, code: string): Promise<void> {
  await transporter.sendMail({
    from: 'Acme <no-reply@acme.co.jp>',
    to: user.email,
    subject: '確認コード',
    text: `${user.firstName} 様\n確認コード: ${code}\n10分以内に入力してください。`,
  });
}

export async function sendPasswordChangedNotice(user: { email: string; fullName: string }): Promise<void> {
  await transporter.sendMail({
    from: 'Acme <no-reply@acme.co.jp>',
    to: `"${user.fullName}" <${user.email}>`,
    subject: 'パスワードが変更されました',
    text: 'お心当たりがない場合はサポートまでご連絡ください。',
  });
}
