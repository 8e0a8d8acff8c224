import liff from '@line/liff';
import mixpanel from 'mixpanel-browser';

mixpanel.init('3f9c2b7a1d8e4f60a5b2c9d7e1f3a4b6');

export async function trackLiffUser(): Promise<void> {
  await liff.init({ liffId: '2007654321-ZyXwVuTs' });
  const profile = await liff.getProfile();
  mixpanel.people.set({ $name: profile.displayName, $avatar: profile.pictureUrl, status: profile.statusMessage }); // expect: pii-guard/no-unprotected-pii-transmission
  mixpanel.track('liff_opened', { context: liff.getContext()?.type });
}
