/**
 * The progress bar on a terminal's stderr: files done of the total, redrawn in place at most every
 * `intervalMs`, and erased at the end so that the report starts on a clean line. Never used when stderr
 * is not a terminal (CI logs, pipes) or with --quiet.
 */
export interface ProgressOptions {
  /** Terminal width; the line is kept shorter so it never wraps. */
  columns?: number;
  intervalMs?: number;
  now?: () => number;
  label?: string;
}

const CLEAR_LINE = '\r\u001b[K';

export class ProgressBar {
  private drawn = false;
  private last = -Infinity;
  private shown = '';
  private readonly columns: number;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly label: string;

  constructor(
    private readonly write: (s: string) => void,
    options: ProgressOptions = {},
  ) {
    this.columns = options.columns && options.columns > 20 ? options.columns : 80;
    this.intervalMs = options.intervalMs ?? 80;
    this.now = options.now ?? Date.now;
    this.label = options.label ?? 'pii-guard';
  }

  update(done: number, total: number): void {
    const t = this.now();
    if (t - this.last < this.intervalMs && done < total) return;
    const line = this.line(done, total);
    if (line === this.shown) return;
    this.last = t;
    this.shown = line;
    this.write(`${CLEAR_LINE}${line}`);
    this.drawn = true;
  }

  /** The line for a state, fitted to the terminal width. */
  line(done: number, total: number): string {
    const shown = Math.min(done, total);
    const pct = total > 0 ? Math.floor((shown / total) * 100) : 0;
    const counts = ` ${shown}/${total} files ${String(pct).padStart(3)}%`;
    const room = this.columns - 1 - this.label.length - counts.length - 3;
    const width = Math.max(0, Math.min(30, room));
    if (width < 5) return `${this.label}${counts}`.slice(0, this.columns - 1);
    const full = total > 0 ? Math.round((shown / total) * width) : 0;
    return `${this.label} [${'#'.repeat(full)}${'-'.repeat(width - full)}]${counts}`;
  }

  /** Erase the bar (nothing is written when it was never drawn). */
  clear(): void {
    if (this.drawn) this.write(CLEAR_LINE);
    this.drawn = false;
    this.shown = '';
  }
}
