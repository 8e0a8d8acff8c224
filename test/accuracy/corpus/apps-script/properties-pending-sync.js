// Apps Script: remembers the last submission so a time-driven trigger can retry the CRM sync.
function onFormSubmit(e) {
  const v = e.namedValues;
  const entry = {
    name: v['お名前'][0],
    email: v['メールアドレス'][0],
    tel: v['電話番号'][0],
    submittedAt: new Date().toISOString(),
  };
  PropertiesService.getScriptProperties().setProperty('PENDING_SYNC', JSON.stringify(entry)); // expect: pii-guard/no-unprotected-pii-export
  PropertiesService.getScriptProperties().setProperty('PENDING_SINCE', entry.submittedAt);
}
