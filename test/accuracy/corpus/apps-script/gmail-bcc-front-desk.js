// Apps Script: booking confirmation to the guest, with a blind copy to the shared front-desk inbox.
const INN = '湯の宿 かえで';
const FRONT = 'front@yunoyado-kaede.jp';

function sendConfirmation(booking) {
  const body =
    `${booking.shimei} 様\n\nご予約ありがとうございます。\n` +
    `ご宿泊日: ${booking.checkIn}\nご人数: ${booking.guests}名\n` +
    `ご住所: ${booking.jusho}\nお電話: ${booking.denwa}\n\n${INN}`;
  // The guest is the data subject; the bcc hands their address and phone to another mailbox.
  GmailApp.sendEmail(booking.mail, `【${INN}】ご予約確認`, body, { // expect: pii-guard/no-unprotected-pii-transmission
    name: INN,
    bcc: FRONT,
  });
}
