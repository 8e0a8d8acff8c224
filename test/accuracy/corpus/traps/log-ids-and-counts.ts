import { createLogger, format, transports } from 'winston';

const logger = createLogger({ format: format.json(), transports: [new transports.Console()] });

interface User {
  id: string;
  email: string;
  fullName: string;
}

export function onUsersImported(users: User[], batchId: string): void {
  logger.info('users imported', {
    batchId,
    count: users.length,
    firstUserId: users[0]?.id,
    userIds: users.map((u) => u.id).slice(0, 100),
  });
}

export function onUserCreated(user: User): void {
  logger.info('user created', { userId: user.id });
}
