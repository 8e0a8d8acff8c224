/**
 * LIFF 予約フォーム(LINE のトーク画面から開く)。
 * 予約はボットのサーバー(同じオリジンの /api/reservations)に送り、本人確認は ID トークンで行う。
 */
import liff from '@line/liff';

const form = document.querySelector('#reservation-form');
const errorBox = document.querySelector('#error');

async function main() {
  await liff.init({ liffId: import.meta.env.VITE_LIFF_ID });
  if (!liff.isLoggedIn()) {
    liff.login({ redirectUri: location.href });
    return;
  }

  const profile = await liff.getProfile();
  document.querySelector('#greeting').textContent = `${profile.displayName} さん、ご予約内容を入力してください`;
  form.elements.name.value = profile.displayName;

  // 流入分析用(マーケティング担当の依頼で追加)
  gtag('event', 'liff_open', { line_user_id: profile.userId, display_name: profile.displayName }); // expect: pii-guard/no-unprotected-pii-transmission
  gtag('event', 'page_view', { page_title: 'LIFF 予約フォーム', os: liff.getOS(), in_client: liff.isInClient() });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errorBox.textContent = '';
    const data = Object.fromEntries(new FormData(form));
    const res = await fetch('/api/reservations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${liff.getIDToken()}` },
      body: JSON.stringify({
        name: data.name,
        tel: data.tel,
        store: data.store,
        date: data.date,
        time: data.time,
        course: data.course,
        people: data.people,
      }),
    });
    if (!res.ok) {
      errorBox.textContent = (await res.json()).message ?? '予約に失敗しました。時間をおいてお試しください。';
      return;
    }
    gtag('event', 'reservation_submit', { store: data.store, course: data.course, people: Number(data.people) });
    liff.closeWindow();
  });

  document.querySelector('#share').addEventListener('click', async () => {
    if (!liff.isApiAvailable('shareTargetPicker')) return;
    await liff.shareTargetPicker([
      { type: 'text', text: 'キッチンスタジオ彩の料理教室、LINE から予約できます。\nhttps://irodori-kitchen.example.jp/line' },
    ]);
  });
}

main().catch((err) => {
  errorBox.textContent = 'LIFF の初期化に失敗しました。LINE アプリから開き直してください。';
  console.error(err.code, err.message);
});
