// The CI check that the committed NER models are what `npm run train` makes from the public
// data: it trains into a temporary folder and compares the files byte for byte. It needs
// ../shared/data/train beside the clone (as CI has it) and takes a few minutes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const data = process.env.NEWSGRAPH_TRAIN_DATA ?? resolve(root, '..', 'shared', 'data', 'train');

describe.skipIf(!existsSync(data))(`npm run train (data: ${data})`, () => {
  it('reproduces the committed NER models byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-train-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train.ts', '--data', data, '--out', out, '--only', 'ner'], {
        cwd: root,
        stdio: 'pipe',
      });
      for (const file of ['ner-id.bin', 'ner-en.bin']) {
        const made = readFileSync(join(out, file));
        expect(made.equals(readFileSync(join(root, 'src', 'models', file))), `${file} differs from the committed model`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 1_800_000);
});
