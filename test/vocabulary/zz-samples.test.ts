import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVocabulary } from '../../rules/src/vocabulary/classify.js';
import { findValues } from '../../rules/src/vocabulary/values.js';
it('samples', () => {
  const v = createVocabulary();
  const files = (readdirSync('samples', { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|js)$/.test(f)).map((f) => join('samples', f));
  const seen = new Map<string, string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:(\w+(?:\.\w+)*)\.)?([\p{L}_$][\p{L}\p{N}_$]*)/gu)) {
      const recv = m[1] ? m[1].split('.') : [];
      const name = m[2]!;
      const r = v.classifyName(name, { role: recv.length ? 'property' : 'identifier', receiver: recv });
      const key = `${recv.join('.')}${recv.length ? '.' : ''}${name}`;
      if (r && !seen.has(key)) seen.set(key, `${r.kind}/${r.confidence}`);
    }
    for (const m of text.matchAll(/(['"`])((?:(?!\1).){5,200})\1/g)) { const vs = findValues(m[2]!); if (vs.length) console.log('VALUE', f, JSON.stringify(vs.map((x) => [x.kind, x.text, x.testValue]))); }
  }
  console.log([...seen].map(([k, x]) => `${k} → ${x}`).join('\n'));
});
