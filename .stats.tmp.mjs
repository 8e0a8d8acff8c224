import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExpectMarkers } from './bench/lib/expect-markers.mjs';
const root = 'test/accuracy/corpus';
const per = {}; const rules = {}; let files=0, clean=0, total=0;
const byExt = {};
for (const g of readdirSync(root).sort()) {
  per[g] = { files: 0, clean: 0, findings: 0 };
  for (const f of readdirSync(path.join(root, g))) {
    const text = readFileSync(path.join(root, g, f), 'utf8');
    const lines = text.split('\n');
    const ms = parseExpectMarkers(text);
    byExt[path.extname(f)] = (byExt[path.extname(f)] ?? 0) + 1;
    files++; per[g].files++;
    if (!ms.length) { clean++; per[g].clean++; }
    per[g].findings += ms.length; total += ms.length;
    for (const m of ms) {
      rules[m.rule] = (rules[m.rule] ?? 0) + 1;
      const code = lines[m.line-1].replace(/\/\/.*$/, '').replace(/\{\/\*.*\*\/\}/, '').trim();
      if (!code) console.log('EMPTY MARKER LINE', g+'/'+f, m.line);
    }
    if (/expect:/.test(text) && !ms.length) console.log('UNPARSED expect', g+'/'+f);
    if (lines.length < 8) console.log('SHORT', g+'/'+f, lines.length);
  }
}
console.table(per);
console.log({ files, clean, positive: files-clean, cleanRatio: (clean/files).toFixed(3), total, rules, byExt });
