import noHardcodedPii from './no-hardcoded-pii.js';
import noPiiInLogs from './no-pii-in-logs.js';
import noUnprotectedPiiExport from './no-unprotected-pii-export.js';
import noUnprotectedPiiTransmission from './no-unprotected-pii-transmission.js';
import requireSuppressionReason from './require-suppression-reason.js';

export const rules = {
  'no-pii-in-logs': noPiiInLogs,
  'no-unprotected-pii-export': noUnprotectedPiiExport,
  'no-unprotected-pii-transmission': noUnprotectedPiiTransmission,
  'no-hardcoded-pii': noHardcodedPii,
  'require-suppression-reason': requireSuppressionReason,
};
