/**
 * HTTP plumbing shared by the routers: error types the error handler understands, and the
 * bearer-token middleware.
 */
import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string) {
    super(400, message, 'bad_request');
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message = 'Authentication required') {
    super(401, message, 'unauthorized');
  }
}

export class ForbiddenError extends HttpError {
  constructor(message = 'Not allowed') {
    super(403, message, 'forbidden');
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message, 'not_found');
  }
}

export class ConflictError extends HttpError {
  constructor(message: string) {
    super(409, message, 'conflict');
  }
}

export type Role = 'customer' | 'admin';

export interface AuthContext {
  userId: string;
  email: string;
  role: Role;
}

export interface AuthedRequest extends Request {
  auth: AuthContext;
}

interface AccessTokenClaims extends jwt.JwtPayload {
  sub: string;
  email: string;
  name: string;
  role?: Role;
}

export function requireAuth(req: Request, _res: Response, next: NextFunction): void {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) {
    next(new UnauthorizedError());
    return;
  }
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET ?? '') as AccessTokenClaims;
    (req as AuthedRequest).auth = { userId: claims.sub, email: claims.email, role: claims.role ?? 'customer' };
    next();
  } catch {
    next(new UnauthorizedError('Invalid or expired token'));
  }
}

export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  requireAuth(req, res, (err?: unknown) => {
    if (err) return next(err);
    if ((req as AuthedRequest).auth.role !== 'admin') return next(new ForbiddenError());
    next();
  });
}
