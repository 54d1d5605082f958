// Readable at 1,400 nodes: labels that do not collide, short meeting labels, communities and
// centrality sizes that visibly differ.
import { expect, test, type Page } from '@playwright/test';
import { corpusGraph, openCorpus } from './corpus.js';

// Each test opens the 1,400-node corpus, and a correction remounts it: slow on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const graph = corpusGraph();

const overlapping = (page: Page) =>
  page.evaluate(() => {
    const boxes = window.__newsgraph!.labels();
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.box, boxes[j]!.box];
        if (a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!) pairs.push(`${boxes[i]!.label} / ${boxes[j]!.label}`);
      }
    return { count: boxes.length, pairs };
  });

test('canvas labels never overlap, the whole graph or zoomed in, and big nodes are labelled first', async ({ page }, testInfo) => {
  await openCorpus(page);
  await page.locator('#edge-types li[data-type="co_mention"] input').check();
  await page.locator('#hide-isolated').uncheck();
  await page.waitForTimeout(600);
  const whole = await overlapping(page);
  expect(whole.count).toBeGreaterThanOrEqual(8);
  expect(whole.pairs).toEqual([]);
  // The most-mentioned node of the corpus gets its label.
  const top = [...graph.nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions)[0]!;
  expect(await page.evaluate(() => window.__newsgraph!.labels().map((l) => l.label))).toContain(top.attributes.label);
  await page.screenshot({ path: testInfo.outputPath('labels-whole.png') });
  await page.locator('#zoom-in').click();
  await page.locator('#zoom-in').click();
  await page.waitForTimeout(600);
  const zoomed = await overlapping(page);
  expect(zoomed.pairs).toEqual([]);
});

test('meetings carry short labels on the canvas and their full label in details', async ({ page }) => {
  await openCorpus(page);
  const meeting = graph.nodes.find((n) => n.attributes.type === 'meeting' && String(n.attributes.label).length > 40 && n.attributes.date)!;
  const short = await page.evaluate((key) => window.__newsgraph!.view.canvasLabel(key), meeting.key);
  expect(short.length).toBeLessThan(meeting.attributes.label.length);
  expect(short.endsWith(String(meeting.attributes.date))).toBe(true);
  await page.evaluate((key) => window.__newsgraph!.view.select(key), meeting.key);
  await expect(page.getByTestId('details').locator('h2')).toHaveText(meeting.attributes.label);
});

test('colour by community and size by PageRank or betweenness visibly change the drawing', async ({ page }, testInfo) => {
  await openCorpus(page);
  await page.locator('#edge-types li[data-type="co_mention"] input').check();
  const colours = () =>
    page.evaluate(() => {
      const { sigma } = window.__newsgraph!;
      return new Set(sigma.getGraph().nodes().map((n) => sigma.getNodeDisplayData(n)!.color)).size;
    });
  await page.locator('#color-by').selectOption('community');
  // Louvain finds many communities: the palette's 20 colours (and grey for the smallest) are in use.
  await expect.poll(colours).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: testInfo.outputPath('communities.png') });

  const spread = () =>
    page.evaluate(() => {
      const { sigma } = window.__newsgraph!;
      const sizes = sigma.getGraph().nodes().map((n) => sigma.getNodeDisplayData(n)!.size).sort((a, b) => a - b);
      // The top 2% and the largest against the median: the central few stand out.
      const median = sizes[Math.floor(sizes.length / 2)]!;
      return Math.min(sizes[Math.floor(sizes.length * 0.98)]! / median / 1.8, sizes[sizes.length - 1]! / median / 3.5);
    });
  for (const mode of ['pagerank', 'betweenness']) {
    await page.locator('#size-by').selectOption(mode);
    await expect.poll(spread).toBeGreaterThanOrEqual(1);
  }
  await page.screenshot({ path: testInfo.outputPath('betweenness.png') });
});
