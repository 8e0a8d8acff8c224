// Apps Script: looks up each caller in the call-centre CRM by phone number.
const CRM = 'https://api.callcenter-crm.jp/v1';

function findCustomerByTel(denwaBangou) {
  const key = PropertiesService.getScriptProperties().getProperty('CRM_KEY');
  const res = UrlFetchApp.fetch(`${CRM}/customers?tel=${encodeURIComponent(denwaBangou)}`, { // expect: pii-guard/no-unprotected-pii-transmission
    headers: { 'X-Api-Key': key },
    muteHttpExceptions: true,
  });
  return res.getResponseCode() === 200 ? JSON.parse(res.getContentText()) : null;
}
