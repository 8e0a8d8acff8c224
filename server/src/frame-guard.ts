/**
 * Guards the stdio transport against bytes that are not LSP frames. The JSON-RPC reader recovers from a
 * body that is not JSON, but a broken header (garbage, a wrong Content-Length that desynchronises the
 * stream) leaves it unable to read anything again. This stream passes well-formed frames through
 * unchanged and, on a broken header, skips to the next `Content-Length:` so the server keeps listening.
 */
import { Transform, type TransformCallback } from 'node:stream';

const SEPARATOR = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = Buffer.from('Content-Length:', 'ascii');
/** A header block is a few short lines; anything longer without a separator is not one. */
const MAX_HEADER_BYTES = 4096;

export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onProblem: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    try {
      this.drain();
    } catch (e) {
      this.onProblem(`PII Guard: dropped unreadable input (${(e as Error).message}).`);
      this.buffer = Buffer.alloc(0);
    }
    callback();
  }

  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf(SEPARATOR);
      if (end === -1) {
        if (this.buffer.length > MAX_HEADER_BYTES) this.resync('a header without an end');
        return;
      }
      const length = contentLength(this.buffer.subarray(0, end));
      if (length === null) {
        this.resync('a malformed message header');
        continue;
      }
      const total = end + SEPARATOR.length + length;
      if (this.buffer.length < total) return;
      this.push(this.buffer.subarray(0, total));
      this.buffer = this.buffer.subarray(total);
    }
  }

  /**
   * Drops bytes up to the next `Content-Length:` after the start; without one, keeps only a tail that may be
   * the start of the next header (`Conte`). The buffer always shrinks, so draining cannot loop on the same bytes.
   */
  private resync(what: string): void {
    this.onProblem(`PII Guard: skipped input that is not an LSP message (${what}).`);
    const next = this.buffer.indexOf(CONTENT_LENGTH, 1);
    this.buffer = next === -1 ? this.buffer.subarray(this.buffer.length - partialHeaderStart(this.buffer)) : this.buffer.subarray(next);
  }
}

/** Length of the longest end of `buffer` that is a proper prefix of `Content-Length:`. */
function partialHeaderStart(buffer: Buffer): number {
  for (let n = Math.min(CONTENT_LENGTH.length - 1, buffer.length); n > 0; n--) {
    if (buffer.subarray(buffer.length - n).equals(CONTENT_LENGTH.subarray(0, n))) return n;
  }
  return 0;
}

/** The Content-Length of a header block, or null when the block is not a valid LSP header. */
function contentLength(header: Buffer): number | null {
  if (header.some((b) => b > 0x7e || (b < 0x20 && b !== 0x0d && b !== 0x0a && b !== 0x09))) return null;
  let length: number | null = null;
  for (const line of header.toString('ascii').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') {
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,9}$/.test(value)) return null;
      length = Number(value);
    }
  }
  return length;
}
