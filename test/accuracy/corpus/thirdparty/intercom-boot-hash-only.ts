type IntercomFn = (cmd: string, opts?: Record<string, unknown>) => void;
declare const window: Window & { Intercom: IntercomFn; intercomSettings?: Record<string, unknown> };

// Identity verification: the server computed user_hash; only the opaque id is sent.
export function bootSupport(session: { userId: string; userHash: string; locale: 'ja' | 'en' }): void {
  window.Intercom('boot', {
    app_id: 'abc12def',
    user_id: session.userId,
    user_hash: session.userHash,
    language_override: session.locale,
    hide_default_launcher: false,
  });
}
