import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { bigGraph } from '../bench/big-graph.js';
import { countEdgesAmong, mostMentioned } from '../src/app/core/budget.js';
import { toJson } from '../src/graph/json.js';

// A graph beyond what renders smoothly opens on its most-mentioned part, says so, and grows on
// request. No timing here: bench/viewer.ts measures.

const NODES = 12_000;
const EDGES = 40_000;
const graph = bigGraph({ nodes: NODES, edges: EDGES, seed: 12 });
const opening = mostMentioned(graph);
const number = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const countText = (nodes: number, edges: number) => `${plural(nodes, 'node')}, ${plural(edges, 'edge')} shown`;

const shownSize = (page: Page) => page.evaluate(() => window.__newsgraph!.view.state.shown?.size ?? null);

/** Pixels of the graph's canvas that are not background. */
async function drawnPixels(page: Page): Promise<number> {
  const image = PNG.sync.read(await page.getByTestId('graph').screenshot());
  let drawn = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i]! < 240 || image.data[i + 1]! < 240 || image.data[i + 2]! < 240) drawn++;
  }
  return drawn;
}

test('a large graph opens on its most-mentioned part, expands around a node and shows all', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const file = testInfo.outputPath('big-graph.json');
  writeFileSync(file, toJson(graph));

  await page.goto('./');
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await page.getByTestId('open-input').setInputFiles(file);
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.graph.order), { timeout: 120_000 }).toBe(NODES);

  const notice = page.getByTestId('shown-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    `Showing the ${number(opening.size)} most-mentioned of ${number(NODES)} nodes ` +
      `(${number(countEdgesAmong(graph, opening))} of ${number(EDGES)} edges).`,
  );
  // A big graph opens on its typed relations without isolated nodes; with co-mentions and every node, the whole opening part shows.
  await expect(page.locator('#edge-types li[data-type="co_mention"] input')).not.toBeChecked();
  await page.locator('#edge-types li[data-type="co_mention"] input').check();
  await page.locator('#hide-isolated').uncheck();
  await expect(page.getByTestId('visible-count')).toHaveText(countText(opening.size, countEdgesAmong(graph, opening)));
  expect(await drawnPixels(page)).toBeGreaterThan(5_000);
  await page.screenshot({ path: testInfo.outputPath('opening.png') });

  // Select a shown node through the search, then Expand: its hidden neighbours come in.
  const top = [...opening][0]!;
  await page.locator('#search').fill(graph.getNodeAttribute(top, 'label'));
  await expect(page.locator('#suggestions li').first()).toHaveAttribute('data-node', top);
  await page.locator('#search').press('Enter');
  const details = page.getByTestId('details');
  const expand = details.locator('#expand');
  await expect(expand).toHaveText(/^Expand neighbours \([\d,]+ hidden\)$/);
  const before = (await shownSize(page))!;
  await expand.click();
  await expect.poll(() => shownSize(page)).toBeGreaterThan(before);
  await expect(expand).toHaveCount(0);
  const expanded = (await shownSize(page))!;
  await expect(notice).toContainText(`Showing ${number(expanded)} of ${number(NODES)} nodes`);
  await expect(notice).toContainText('the most-mentioned and the neighbours you added');

  // Search still finds a node the view leaves out; choosing it brings it in with its neighbours.
  const hidden = graph.nodes().find((n) => !opening.has(n) && graph.degree(n) > 0 && !graph.areNeighbors(n, top))!;
  await page.locator('#search').fill(graph.getNodeAttribute(hidden, 'label'));
  await expect(page.locator('#suggestions li').first()).toHaveAttribute('data-node', hidden);
  await page.locator('#search').press('Enter');
  await expect(details.locator('h2')).toHaveText(graph.getNodeAttribute(hidden, 'label'));
  await expect.poll(() => page.evaluate((node) => window.__newsgraph!.view.state.visible.nodes.has(node), hidden)).toBe(true);
  expect(await shownSize(page)).toBeGreaterThan(expanded);
  await page.screenshot({ path: testInfo.outputPath('expanded.png') });

  // Clearing the focus shows what the filters let through; Show all then shows everything.
  await page.locator('#clear-focus').click();
  await page.locator('#show-all').click();
  await expect(notice).toBeHidden();
  await expect(page.getByTestId('visible-count')).toHaveText(countText(NODES, EDGES));
  expect(await shownSize(page)).toBeNull();
  expect(await drawnPixels(page)).toBeGreaterThan(5_000);
  expect(errors).toEqual([]);
});
