import liff from '@line/liff';

// LIFF booking form posting to the shop's own API (same origin, body only).
export function bindBookingForm(form) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const res = await fetch('/api/reservations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${liff.getAccessToken()}` },
      body: JSON.stringify({ namae: data.namae, denwa: data.denwa, nichiji: data.nichiji, ninzuu: Number(data.ninzuu) }),
    });
    if (res.ok) {
      await liff.sendMessages([{ type: 'text', text: '予約しました' }]);
      liff.closeWindow();
    }
  });
}
