import log4js from 'log4js';

log4js.configure({
  appenders: { out: { type: 'stdout', layout: { type: 'pattern', pattern: '%d %p %c %m' } } },
  categories: { default: { appenders: ['out'], level: 'info' }, access: { appenders: ['out'], level: 'info' } },
});

const access = log4js.getLogger('access');

export function logAccess(userId: string, resource: string, action: 'read' | 'write', allowed: boolean): void {
  access.info(`user=${userId} resource=${resource} action=${action} allowed=${allowed}`);
}
