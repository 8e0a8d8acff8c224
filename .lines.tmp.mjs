import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExpectMarkers } from './bench/lib/expect-markers.mjs';
const root = 'test/accuracy/corpus';
for (const g of readdirSync(root).sort()) for (const f of readdirSync(path.join(root, g)).sort()) {
  const text = readFileSync(path.join(root, g, f), 'utf8'); const lines = text.split('\n');
  const ms = parseExpectMarkers(text);
  const seen = new Set();
  for (const m of ms) { if (seen.has(m.line)) continue; seen.add(m.line);
    const r = ms.filter(x => x.line === m.line).map(x => x.rule.replace('pii-guard/','').replace('no-unprotected-pii-','').replace('no-',''));
    console.log(`${g}/${f}:${m.line} [${r.join(',')}] ${lines[m.line-1].replace(/\s*(\/\/|\{\/\*)\s*expect:.*$/, '').trim().slice(0,110)}`); }
}
