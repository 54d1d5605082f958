import { expect, test, type Page } from '@playwright/test';
import { bundledGraphExport } from './support.js';

interface SerializedGraph {
  nodes: { key: string; attributes: { start?: string; end?: string } }[];
  edges: { source: string; target: string; attributes: { evidence: { date: string }[] } }[];
}

// Expectations come from the file, worked out here independently of the viewer's day index.
const graph = bundledGraphExport() as unknown as SerializedGraph;

/** First and last ISO day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) holds for. */
const spanOf = (date: string): [string, string] => {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return [`${date}-01`, `${date}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`];
  }
  return [date, date];
};

const touched = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
const loneNodes = graph.nodes.filter((n) => !touched.has(n.key) && n.attributes.start && n.attributes.end);

/** What a date window [from, to] shows with no other filter: edges with evidence in it, their ends, dated lone nodes. */
function shownIn(from: string, to: string): { nodes: number; edges: number } {
  const inWindow = ([start, end]: [string, string]) => start <= to && end >= from;
  const edges = graph.edges.filter((e) => e.attributes.evidence.some((ev) => ev.date && inWindow(spanOf(ev.date))));
  const nodes = new Set(edges.flatMap((e) => [e.source, e.target]));
  for (const n of loneNodes) if (inWindow([n.attributes.start!, n.attributes.end!])) nodes.add(n.key);
  return { nodes: nodes.size, edges: edges.length };
}

const lastDay = [
  ...graph.edges.flatMap((e) => e.attributes.evidence.filter((ev) => ev.date).map((ev) => spanOf(ev.date)[1])),
  ...loneNodes.map((n) => n.attributes.end!),
].sort().at(-1)!;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const countText = ({ nodes, edges }: { nodes: number; edges: number }) =>
  `${plural(nodes, 'node')}, ${plural(edges, 'edge')} shown`;
const all = { nodes: graph.nodes.length, edges: graph.edges.length };

const openViewer = async (page: Page, hash = '') => {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
};

const setDates = async (page: Page, from: string, to: string) => {
  await page.locator('#date-from').fill(from);
  await page.locator('#date-from').press('Enter');
  await page.locator('#date-to').fill(to);
  await page.locator('#date-to').press('Enter');
};

test.describe('time bar', () => {
  const errors: string[] = [];

  test.beforeEach(async ({ page }) => {
    errors.length = 0;
    page.on('pageerror', (error) => errors.push(error.message));
    await openViewer(page);
  });

  test.afterEach(() => expect(errors).toEqual([]));

  test('typed dates narrow the graph, go into the link, and come back on reload', async ({ page }) => {
    const count = page.getByTestId('visible-count');
    await expect(count).toHaveText(countText(all));

    await setDates(page, '2023-10-01', '2023-10-31');
    const october = shownIn('2023-10-01', '2023-10-31');
    expect(october.nodes).toBeGreaterThan(0);
    expect(october.nodes + october.edges).toBeLessThan(all.nodes + all.edges);
    await expect(count).toHaveText(countText(october));
    await expect(page).toHaveURL(/[#&]dates=2023-10-01\.\.2023-10-31/);

    await page.reload();
    await page.waitForFunction(() => window.__newsgraph !== undefined);
    await expect(page.locator('#date-from')).toHaveValue('2023-10-01');
    await expect(page.locator('#date-to')).toHaveValue('2023-10-31');
    await expect(count).toHaveText(countText(october));

    await page.locator('#all-dates').click();
    await expect(count).toHaveText(countText(all));
    await expect(page.locator('#date-from')).toHaveValue('');
    await expect(page).not.toHaveURL(/dates=/);
  });

  test('the window moves and resizes under the mouse and by arrow keys', async ({ page }, testInfo) => {
    const overlay = page.locator('.timebar-window');
    const from = page.locator('#date-from');
    const to = page.locator('#date-to');

    // With no date filter the window spans everything; pulling its right edge in narrows it.
    let box = (await overlay.boundingBox())!;
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(to).not.toHaveValue('');
    expect((await to.inputValue()) < lastDay).toBe(true);
    await expect(page.getByTestId('visible-count')).not.toHaveText(countText(all));

    await setDates(page, '2010-01-01', '2019-12-31');
    box = (await overlay.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    const movedFrom = await from.inputValue();
    expect(movedFrom < '2010-01-01').toBe(true);
    // Moving keeps the width.
    const days = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(days(await to.inputValue()) - days(movedFrom)).toBe(days('2019-12-31') - days('2010-01-01'));
    await expect(page).toHaveURL(new RegExp(`dates=${movedFrom}\\.\\.`));

    await overlay.focus();
    await page.keyboard.press('ArrowRight');
    await expect(from).not.toHaveValue(movedFrom);
    expect((await from.inputValue()) > movedFrom).toBe(true);

    await page.locator('#timebar').screenshot({ path: testInfo.outputPath('timebar.png') });
  });

  test('Play slides the window forward and stops at the last dated day', async ({ page }) => {
    await setDates(page, '2023-01-01', '2023-03-31');
    const play = page.locator('#play');
    await play.click();
    await expect(play).toHaveText('Pause');
    await expect(page.locator('#date-from')).not.toHaveValue('2023-01-01');
    expect((await page.locator('#date-from').inputValue()) > '2023-01-01').toBe(true);
    await expect(play).toHaveText('Play', { timeout: 15_000 });
    await expect(page.locator('#date-to')).toHaveValue(lastDay);
  });

  test('opens on the busy span and shows the whole span on request; a typed early date widens it', async ({ page }) => {
    const firstDay = [
      ...graph.edges.flatMap((e) => e.attributes.evidence.filter((ev) => ev.date).map((ev) => spanOf(ev.date)[0])),
      ...loneNodes.map((n) => n.attributes.start!),
    ].sort()[0]!;
    const first = page.locator('.timebar-axis .first');
    const span = page.locator('#timebar-span');
    // The seeds recall events decades back: the bar starts on the busy part, not on the oldest date.
    await expect(span).toHaveText('Whole span');
    expect((await first.textContent())! > firstDay).toBe(true);
    await span.click();
    await expect(first).toHaveText(firstDay);
    await expect(span).toHaveText('Busy span');
    await span.click();
    await expect(span).toHaveText('Whole span');
    await setDates(page, firstDay, firstDay);
    await page.locator('#date-to').press('Enter');
    await expect(first).toHaveText(firstDay);
    await expect(page.getByTestId('visible-count')).toHaveText(countText(shownIn(firstDay, firstDay)));
  });
});
