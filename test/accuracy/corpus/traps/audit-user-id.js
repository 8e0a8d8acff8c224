const pino = require('pino');

const audit = pino({ name: 'audit' }, pino.destination({ dest: '/var/log/acme/audit.log', sync: false }));

function recordExport(req, exportInfo) {
  audit.info({
    actorId: req.user.id,
    actorRole: req.user.role,
    action: 'customers.export',
    rows: exportInfo.rows,
    columns: exportInfo.columns,
    approvedBy: exportInfo.approverId,
  });
}

module.exports = { recordExport };
