// The packed package, installed elsewhere: what a user gets from `npm pack` (or a registry).
// lib/ is built by the system project's global setup (scripts/build-cli.ts).

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUTS = ['articles.json', 'edges.csv', 'graph.gexf', 'graph.json', 'nodes.csv'];

describe('the packed package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('installs into an empty folder and extracts the seeds there as the repository does', () => {
    // --ignore-scripts: lib/ is already built; `prepare` would build it again.
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
    const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball!)], { cwd: app });

    // No TypeScript and no compiler in what was installed.
    const installed = join(app, 'node_modules', 'newsgraph');
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false);

    const bin = join(app, 'node_modules', '.bin', 'newsgraph');
    const version = spawnSync(bin, ['--version'], { cwd: app, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);

    cpSync(join(ROOT, 'seeds'), join(app, 'seeds'), { recursive: true });
    // --jobs 2: the worker-thread entry must be in the package too.
    const run = spawnSync(bin, ['extract', '--out', 'out', '--jobs', '2'], { cwd: app, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const file of OUTPUTS) expect(readFileSync(join(app, 'out', file)).equals(readFileSync(join(ROOT, 'graph', file))), file).toBe(true);
  });
});
