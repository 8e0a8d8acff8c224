import * as amplitude from '@amplitude/analytics-browser';

interface Profile {
  userId: string;
  ニックネーム: string;
  本名: string;
  プラン: string;
}

export function identifyUser(p: Profile): void {
  const identify = new amplitude.Identify().set('nickname', p.ニックネーム).set('real_name', p.本名).set('plan', p.プラン);
  amplitude.identify(identify, { user_id: p.userId }); // expect: pii-guard/no-unprotected-pii-transmission
}
