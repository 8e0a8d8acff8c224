import { it } from 'vitest';
import { createVocabulary } from '../../rules/src/vocabulary/classify.js';
import { findValues } from '../../rules/src/vocabulary/values.js';
it('bench', () => {
  const words = ['user','email','address','name','file','phone','number','get','set','is','data','info','count','customer','item','order','total','id','key','token','value','list','map','config','server','path','max','age','card','pin','zip','氏名','顧客','番号','kaiin','bangou'];
  const names: string[] = [];
  for (let i = 0; i < 20000; i++) { const n = 1 + (i % 3); let s = ''; for (let j = 0; j < n; j++) { const w = words[(i * 7 + j * 13 + (i >> 3)) % words.length]!; s += j === 0 ? w : w[0]!.toUpperCase() + w.slice(1); } names.push(s + "X" + i.toString(36)); }
  let t = performance.now();
  const v = createVocabulary();
  console.log('create ms', (performance.now() - t).toFixed(1));
  t = performance.now();
  let hits = 0;
  for (const n of names) if (v.classifyName(n, { role: 'property', receiver: ['req', 'body'] })) hits++;
  const cold = performance.now() - t;
  t = performance.now();
  for (const n of names) v.classifyName(n, { role: 'property', receiver: ['req', 'body'] });
  const warm = performance.now() - t;
  console.log('distinct', new Set(names).size, 'hits', hits, 'cold us/name', (cold * 1000 / names.length).toFixed(2), 'warm us/name', (warm * 1000 / names.length).toFixed(2));
  const src = Array.from({ length: 2000 }, (_, i) => `const x${i} = foo(bar, "baz ${i}", 12345, 'qux@x.y');`).join('\n');
  t = performance.now(); findValues(src); console.log('findValues on', src.length, 'chars ms', (performance.now() - t).toFixed(1));
});
