// Apps Script: forwards each job application from the 応募フォーム responses to the hiring manager.
function forwardApplication(e) {
  const [timestamp, shimei, furigana, seinengappi, denwa, mail, shibouDouki] = e.values;
  const manager = PropertiesService.getScriptProperties().getProperty('HIRING_MANAGER');
  GmailApp.sendEmail( // expect: pii-guard/no-unprotected-pii-transmission
    manager,
    `応募がありました: ${shimei} さん`,
    `氏名: ${shimei} (${furigana})\n生年月日: ${seinengappi}\n電話: ${denwa}\nメール: ${mail}\n\n志望動機:\n${shibouDouki}\n\n受付: ${timestamp}`,
  );
}
