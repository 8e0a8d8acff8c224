const signale = require('signale');

async function inviteUser(email, teamName, invite) {
  await invite(email, teamName);
  signale.success(`Invitation sent to ${email} for team ${teamName}`); // expect: pii-guard/no-pii-in-logs
}

async function removeInvite(inviteId, revoke) {
  await revoke(inviteId);
  signale.info(`Invitation ${inviteId} revoked`);
}

module.exports = { inviteUser, removeInvite };
