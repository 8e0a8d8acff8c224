const fs = require('node:fs');
const path = require('node:path');

const AUDIT_FILE = path.join(__dirname, '..', 'var', 'audit.log');

function audit(event, { actorId, subjectId, count = 1 }) {
  const line = `${new Date().toISOString()}\t${event}\tactor=${actorId}\tsubject=${subjectId}\tcount=${count}\n`;
  fs.appendFileSync(AUDIT_FILE, line, { mode: 0o600 });
}

module.exports = { audit };

if (require.main === module) {
  audit('export.customers', { actorId: 'u_123', subjectId: 'all', count: 1520 });
}
