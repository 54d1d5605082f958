// The page around the canvas, on the corpus of 81 articles: the canvas lies between the panels,
// panels collapse, and on a phone the panels are drawers that never take a tap meant for the graph.
import { expect, test, type Page } from '@playwright/test';
import { openCorpus } from './corpus.js';

// Each test opens the 1,400-node corpus, and a correction remounts it: slow on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** The share of points on a grid over the viewport's middle band (40–60% of its height) that land on the graph canvas. */
const canvasShare = (page: Page) =>
  page.evaluate(() => {
    let hits = 0;
    let total = 0;
    const { innerWidth: w, innerHeight: h } = window;
    for (let y = 0.4; y <= 0.6001; y += 0.05) {
      for (let x = 0.025; x < 1; x += 0.05) {
        total++;
        const at = document.elementFromPoint(x * w, y * h);
        if (at instanceof HTMLCanvasElement && at.closest('#graph')) hits++;
      }
    }
    return hits / total;
  });

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} the middle band is the graph canvas`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await openCorpus(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: testInfo.outputPath(`opening-${viewport.name}.png`) });
    expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.6);
    // Selecting a node keeps the canvas in the middle band too (details beside it, or a bottom sheet on a phone).
    await page.evaluate(() => {
      const { view } = window.__newsgraph!;
      const top = view.graph.nodes().sort((a, b) => view.graph.getNodeAttribute(b, 'mentions') - view.graph.getNodeAttribute(a, 'mentions'))[0]!;
      view.select(top);
    });
    await expect(page.getByTestId('details')).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: testInfo.outputPath(`focus-${viewport.name}.png`) });
    expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.6);
  });
}

const filtersState = (page: Page) => page.evaluate(() => JSON.stringify(window.__newsgraph!.view.state.filters));
const graphWidth = (page: Page) => page.evaluate(() => document.getElementById('graph')!.getBoundingClientRect().width);

test('the panels collapse and the canvas takes their room', async ({ page }) => {
  await openCorpus(page);
  const before = await graphWidth(page);
  await page.locator('#toggle-left').click();
  await expect(page.locator('#toggle-left')).toHaveAttribute('aria-expanded', 'false');
  await page.locator('#toggle-right').click();
  await expect(page.locator('#toggle-right')).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => graphWidth(page)).toBeGreaterThan(before + 150);
  await page.locator('#toggle-left').click();
  await expect(page.locator('#toggle-left')).toHaveAttribute('aria-expanded', 'true');
});

test('on a phone the canvas comes first, the filters are a drawer, and a tap on the graph never reaches a filter', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCorpus(page);
  // The filters start closed: the canvas is what lies under the middle of the screen.
  await expect(page.locator('#toggle-left')).toHaveAttribute('aria-expanded', 'false');
  expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.6);
  const filters = await filtersState(page);
  // With the drawer open, a tap beside it closes it and changes nothing else.
  await page.locator('#toggle-left').click();
  await expect(page.locator('#toggle-left')).toHaveAttribute('aria-expanded', 'true');
  const drawer = (await page.locator('#sidebar').boundingBox())!;
  await page.mouse.click(Math.min(385, drawer.x + drawer.width + 20), 420);
  await expect(page.locator('#toggle-left')).toHaveAttribute('aria-expanded', 'false');
  expect(await filtersState(page)).toBe(filters);
  // Taps across the graph, drawer closed: the filters stay as they were.
  for (const [x, y] of [[60, 300], [195, 420], [330, 500], [100, 560]] as const) await page.mouse.click(x, y);
  expect(await filtersState(page)).toBe(filters);
});
