import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

export const ROLES_KEY = 'roles';

@Injectable()
export class RolesGuard implements CanActivate {
  private readonly logger = new Logger(RolesGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!required?.length) return true;

    const { user } = context.switchToHttp().getRequest();
    const allowed = required.some((role) => user?.roles?.includes(role));
    if (!allowed) {
      this.logger.warn(`user ${user?.id ?? 'anonymous'} denied: needs one of ${required.join(', ')}`);
      throw new ForbiddenException();
    }
    return true;
  }
}
