/** 環境変数から読む設定。チャネルシークレット・アクセストークンは Secret Manager から注入される。 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`環境変数 ${name} が設定されていません`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 8080),
  channelSecret: required('LINE_CHANNEL_SECRET'),
  channelAccessToken: required('LINE_CHANNEL_ACCESS_TOKEN'),
  /** LIFF アプリを作った LINE ログインチャネルの ID(ID トークンの aud)。 */
  loginChannelId: required('LINE_LOGIN_CHANNEL_ID'),
  /** スタッフ用グループトークの groupId(ボットを招待して join イベントで取得した)。 */
  staffGroupId: required('LINE_STAFF_GROUP_ID'),
  databaseUrl: required('DATABASE_URL'),
};
