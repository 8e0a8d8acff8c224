const Mixpanel = require('mixpanel');

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN, { host: 'api-eu.mixpanel.com' });

function trackSignup(user, referrer) {
  mixpanel.track('Signed Up', { // expect: pii-guard/no-unprotected-pii-transmission
    distinct_id: user.id,
    email: user.email,
    referrer,
  });
}

function trackLogin(user) {
  mixpanel.track('Logged In', { distinct_id: user.id, method: user.authProvider });
}

module.exports = { trackSignup, trackLogin };
