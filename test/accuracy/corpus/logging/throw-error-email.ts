export interface Invitation {
  id: string;
  inviteeEmail: string;
  expiresAt: Date;
}

export function assertUsable(invitation: Invitation, now = new Date()): void {
  if (invitation.expiresAt < now) {
    throw new Error(`Invitation for ${invitation.inviteeEmail} expired at ${invitation.expiresAt.toISOString()}`); // expect: pii-guard/no-pii-in-logs
  }
}

export function assertExists(invitation: Invitation | undefined, id: string): asserts invitation is Invitation {
  if (!invitation) {
    throw new Error(`Invitation ${id} not found`);
  }
}
