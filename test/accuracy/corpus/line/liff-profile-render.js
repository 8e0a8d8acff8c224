import liff from '@line/liff';

// Shows the user's own LINE name and icon on the member page.
export async function renderProfile() {
  await liff.init({ liffId: '2001234567-AbCdEfGh' });
  const profile = await liff.getProfile();
  document.getElementById('display-name').textContent = profile.displayName;
  const icon = document.getElementById('icon');
  icon.src = profile.pictureUrl;
  icon.alt = `${profile.displayName} のアイコン`;
  document.title = `${profile.displayName} さんの会員証`;
}
