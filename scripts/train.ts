// npm run train [-- --data DIR] [--out DIR] [--only NAME,…] [--lang id,en]: trains every model from the public data in
// ../shared/data/train (never committed here) into src/models/, seeded, so the same data gives the same bytes.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../src/graph/types.js';
import { trainers } from '../src/learn/trainers.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/train' },
    out: { type: 'string', default: 'src/models' },
    only: { type: 'string' },
    lang: { type: 'string', default: 'id,en' },
  },
});
const wanted = values.only?.split(',');
const langs = values.lang!.split(',') as Lang[];
if (langs.some((l) => l !== 'id' && l !== 'en')) {
  console.error(`--lang ${values.lang}: the languages are id and en`);
  process.exit(2);
}
const chosen = trainers.filter((t) => !wanted || wanted.includes(t.name));
if (wanted && chosen.length !== wanted.length) {
  console.error(`train: unknown model in --only ${values.only}; known: ${trainers.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
for (const trainer of chosen) {
  const started = performance.now();
  await trainer.train(resolve(values.data!), resolve(values.out!), langs, (line) => console.log(`${trainer.name}: ${line}`));
  console.log(`${trainer.name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
