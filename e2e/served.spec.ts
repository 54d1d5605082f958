// The viewer served by `newsgraph serve` from a PostgreSQL database built from the seeds: it
// opens empty, and search and Expand bring the graph in a neighbourhood at a time.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startCluster, type Cluster } from '../src/db/testing/cluster.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = `${ROOT}bin/newsgraph.js`;

interface Serialized {
  nodes: { key: string; attributes: { label: string } }[];
  edges: { source: string; target: string }[];
}
// The database is built from the seeds, so its graph is the committed one (src/db/db.test.ts shows export equals extract).
const seeds = JSON.parse(readFileSync(`${ROOT}graph/graph.json`, 'utf8')) as Serialized;
const neighbours = (key: string) =>
  new Set(seeds.edges.flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : [])));

let cluster: Cluster;
let server: ChildProcess;
let url: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster();
  for (const args of [['ingest', 'seeds'], ['worker', '--until-idle', '--jobs', '1'], ['build']]) {
    const done = spawnSync('node', [BIN, ...args, '--db', cluster.url], { cwd: ROOT, encoding: 'utf8' });
    expect(done.status, done.stderr).toBe(0);
  }
  server = spawn('node', [BIN, 'serve', '--db', cluster.url, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(chunk.toString());
      if (found) resolve(found[1]!);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  cluster?.stop();
});

const order = (page: import('@playwright/test').Page) => page.evaluate(() => window.__newsgraph!.graph.order);

test('opens on no node, says what the database holds, and opens a searched node with its neighbours', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  expect(await order(page)).toBe(0);
  await expect(page.getByTestId('shown-notice')).toContainText(`The database holds ${seeds.nodes.length} nodes and ${seeds.edges.length} edges`);

  await page.fill('#search', 'lavrov');
  await expect(page.locator('#suggestions li').first()).toContainText('Sergei Lavrov');
  await page.keyboard.press('Enter');
  await expect(page.locator('#details h2')).toHaveText('Sergei Lavrov');
  const around = neighbours('person:sergei-lavrov');
  expect(await order(page)).toBe(around.size + 1);
  expect(await order(page)).toBeLessThan(seeds.nodes.length);
  await expect(page.getByTestId('shown-notice')).toContainText(`Showing ${around.size + 1} of ${seeds.nodes.length} nodes`);

  // A neighbour not yet opened: Expand asks the server for its own neighbours.
  const next = [...around].sort().find((key) => [...neighbours(key)].some((n) => n !== 'person:sergei-lavrov' && !around.has(n)))!;
  await page.evaluate((key) => window.__newsgraph!.view.select(key), next);
  const answered = page.waitForResponse((response) => response.url().includes(`/api/node?key=${encodeURIComponent(next)}`));
  await page.locator('#expand').click();
  expect((await answered).status()).toBe(200);
  const wanted = [...new Set(['person:sergei-lavrov', ...around, ...neighbours(next)])].sort();
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.graph.nodes().sort()), { timeout: 20_000 }).toEqual(wanted);
  expect(await page.evaluate(() => window.__newsgraph!.view.state.selected)).toBe(next);
  await page.screenshot({ path: 'test-results/served-expanded.png' });
  expect(errors).toEqual([]);
});

test('reads an article from the server in the reader', async ({ page }) => {
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await page.fill('#search', 'lavrov');
  await expect(page.locator('#suggestions li').first()).toContainText('Sergei Lavrov');
  await page.keyboard.press('Enter');
  // The node's articles are listed by title, from the server.
  const first = page.locator('#details ul.articles button').first();
  await expect(first).not.toHaveText(/^\d{3}-[0-9a-f]{16}$/);
  await first.click();
  await expect(page.locator('#reader')).toBeVisible();
  await expect(page.locator('#reader')).toContainText('Lavrov');
  // Its mentions are highlighted and lead to their nodes, as with files.
  await expect(page.locator('#reader button.reader-mention', { hasText: 'Lavrov' }).first()).toBeVisible();
});
