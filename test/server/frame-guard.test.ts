/** The stdio guard in front of the JSON-RPC reader: garbage is skipped, frames pass whole, nothing loops. */
import { describe, expect, it } from 'vitest';
import { FrameGuard } from '../../server/src/frame-guard.js';

const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Feeds the chunks one by one and returns what came out and the problems reported. */
function feed(chunks: string[]): { out: string; problems: string[] } {
  const problems: string[] = [];
  const guard = new FrameGuard((m) => problems.push(m));
  let out = '';
  guard.on('data', (d: Buffer) => (out += d.toString()));
  for (const c of chunks) guard.write(Buffer.from(c));
  return { out, problems };
}

describe('FrameGuard', () => {
  it('passes well-formed frames through unchanged, also when split across chunks', () => {
    const a = frame('{"jsonrpc":"2.0","method":"initialized","params":{}}');
    const b = frame('{"jsonrpc":"2.0","id":1,"method":"shutdown"}');
    const all = a + b;
    expect(feed([all]).out).toBe(all);
    expect(feed([all.slice(0, 7), all.slice(7, 30), all.slice(30)]).out).toBe(all);
  });

  it('skips a broken header that ends a chunk without looping, and reads the next frame when it comes', () => {
    const next = frame('{"jsonrpc":"2.0","id":2,"method":"shutdown"}');
    // A header block whose tail is no `Content-Length:` and has no further header after it.
    const { out, problems } = feed(['\u0001\u0002Content-Length: nine\r\n\r\n', next]);
    expect(out).toBe(next);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('keeps a partial `Content-L` at the end of skipped bytes for the next chunk', () => {
    const next = frame('{"jsonrpc":"2.0","method":"exit"}');
    const { out } = feed([`garbage\r\n\r\n${next.slice(0, 9)}`, next.slice(9)]);
    expect(out).toBe(next);
  });
});
