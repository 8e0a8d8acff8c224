import bunyan from 'bunyan';

interface SessionUser {
  id: string;
  email: string;
  fullName: string;
}

// The serializer reduces any `user` field to its id before writing.
const log = bunyan.createLogger({
  name: 'web',
  serializers: {
    user: (u: SessionUser) => ({ id: u.id }),
    err: bunyan.stdSerializers.err,
  },
});

export function logRequest(method: string, path: string, status: number, userId?: string): void {
  log.info({ method, path, status, userId }, 'request');
}
