const { parsePhoneNumberFromString } = require('libphonenumber-js');

function normalise(phone) {
  return new Promise((resolve, reject) => {
    const parsed = parsePhoneNumberFromString(phone, 'JP');
    if (!parsed || !parsed.isValid()) {
      reject(new Error('Cannot parse phone number ' + phone)); // expect: pii-guard/no-pii-in-logs
      return;
    }
    resolve(parsed.format('E.164'));
  });
}

module.exports = { normalise };
