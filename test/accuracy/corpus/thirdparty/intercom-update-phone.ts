type Intercom = (cmd: 'update' | 'boot' | 'shutdown' | 'trackEvent', arg?: unknown, meta?: unknown) => void;
declare const Intercom: Intercom;

export function onPhoneVerified(user: { id: string; phone: string }): void {
  Intercom('update', { user_id: user.id, phone: user.phone }); // expect: pii-guard/no-unprotected-pii-transmission
  Intercom('trackEvent', 'phone-verified');
}
