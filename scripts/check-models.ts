// npm run check:models [-- --only NAME,…] [--lang id,en] [--data DIR]: trains the models again into a temporary folder
// and checks that every file is byte-identical to the one committed in src/models/, so the committed
// models are what `npm run train` makes from the public data. Exit 1 on any difference.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../src/graph/types.js';
import { trainers } from '../src/learn/trainers.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data/train' }, only: { type: 'string' }, lang: { type: 'string', default: 'id,en' } },
});
const wanted = values.only?.split(',');
const langs = values.lang!.split(',') as Lang[];
if (langs.some((l) => l !== 'id' && l !== 'en')) {
  console.error(`--lang ${values.lang}: the languages are id and en`);
  process.exit(2);
}
const chosen = trainers.filter((t) => !wanted || wanted.includes(t.name));
if (chosen.length === 0 || (wanted && chosen.length !== wanted.length)) {
  console.error(`check:models: unknown model in --only ${values.only}; known: ${trainers.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'models-'));
let differ = 0;
try {
  for (const trainer of chosen) {
    const started = process.cpuUsage();
    await trainer.train(resolve(values.data!), out, langs, (line) => console.log(`${trainer.name}: ${line}`));
    const { user, system } = process.cpuUsage(started);
    console.log(`${trainer.name}: trained in ${((user + system) / 1e6).toFixed(0)} s CPU`);
  }
  for (const file of readdirSync(out).sort()) {
    const committed = join('src/models', file);
    const same = existsSync(committed) && readFileSync(join(out, file)).equals(readFileSync(committed));
    console.log(`${same ? 'same' : existsSync(committed) ? 'DIFFERENT' : 'NOT COMMITTED'}: ${committed}`);
    if (!same) differ++;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(differ > 0 ? 1 : 0);
