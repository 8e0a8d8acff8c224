// Apps Script: confirms an address change to the member themself.
function confirmAddressChange(member) {
  const body =
    `${member.shimei} 様\n\n登録住所を以下に変更しました。\n〒${member.yuubinBangou}\n${member.jusho}\n` +
    `お電話: ${member.denwa}\n\nお心当たりのない場合は組合までご連絡ください。`;
  GmailApp.sendEmail(member.mail, '【会員情報】ご住所変更のお知らせ', body, { name: 'みどり生協' });
  Logger.log('address change mail sent: ' + member.kaiinBangou);
}
