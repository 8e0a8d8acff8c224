/**
 * When the language server dies, restart it, but not forever: a server that crashes on every start
 * would otherwise spin. Same policy as vscode-languageclient's default handler (at most `maxRestarts`
 * within `windowMs`), kept apart so the extension can say what happened in its own words.
 */

export interface RestartDecision {
  restart: boolean;
  /** Crashes counted in the current window, this one included. */
  crashes: number;
}

export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  onCrash(): RestartDecision {
    const time = this.now();
    this.crashes.push(time);
    while (this.crashes.length > 0 && time - this.crashes[0]! > this.windowMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.maxRestarts, crashes: this.crashes.length };
  }
}
