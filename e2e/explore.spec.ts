import { expect, test, type Page } from '@playwright/test';
import { bundledGraphExport } from './support.js';

interface SerializedGraph {
  nodes: { key: string; attributes: { label: string; type: string; aliases: string[]; mentions: number; date?: string } }[];
  edges: { key: string; source: string; target: string; attributes: { type: string } }[];
}

// Expectations come from the committed graph, which is rebuilt from the seeds.
const graph = bundledGraphExport() as unknown as SerializedGraph;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const countText = (nodes: number, edges: number) => `${plural(nodes, 'node')}, ${plural(edges, 'edge')} shown`;

const open = async (page: Page, hash = '') => {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
};

const errors: string[] = [];
test.beforeEach(({ page }) => {
  errors.length = 0;
  page.on('pageerror', (error) => errors.push(error.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test('search finds a country by an alias in the other language and selects it', async ({ page }, testInfo) => {
  const country = graph.nodes.find((n) => n.attributes.type === 'country' && n.attributes.aliases.some((a) => a !== n.attributes.label && !a.includes(n.attributes.label)))!;
  const alias = country.attributes.aliases.find((a) => a !== country.attributes.label && !a.includes(country.attributes.label))!;
  await open(page);
  await page.locator('#search').fill(alias);
  const first = page.locator('#suggestions li').first();
  await expect(first).toHaveAttribute('data-node', country.key);
  await page.locator('#search').press('Enter');
  await expect(page.getByTestId('details').locator('h2')).toHaveText(country.attributes.label);
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.view.state.selected)).toBe(country.key);
  // The camera frames the chosen node's neighbourhood: the node is on screen.
  await expect
    .poll(() =>
      page.evaluate((key) => {
        const { sigma } = window.__newsgraph!;
        const { x, y } = sigma.graphToViewport(sigma.getNodeDisplayData(key)!);
        const { width, height } = sigma.getDimensions();
        return x >= 0 && y >= 0 && x <= width && y <= height && !sigma.getCamera().isAnimated();
      }, country.key),
    )
    .toBe(true);
  await page.screenshot({ path: testInfo.outputPath('search.png') });
});

test('type and relation filters change what is counted and drawn', async ({ page }) => {
  await open(page);
  const count = page.getByTestId('visible-count');
  await expect(count).toHaveText(countText(graph.nodes.length, graph.edges.length));

  const people = new Set(graph.nodes.filter((n) => n.attributes.type === 'person').map((n) => n.key));
  await page.locator('#legend li[data-type="person"] button').click();
  const withoutPeople = graph.edges.filter((e) => !people.has(e.source) && !people.has(e.target)).length;
  await expect(count).toHaveText(countText(graph.nodes.length - people.size, withoutPeople));
  // The renderer is given only what is visible: no person is drawn.
  const drawn = await page.evaluate((keys) => keys.filter((k) => window.__newsgraph!.sigma.getGraph().hasNode(k)), [...people]);
  expect(drawn).toEqual([]);
  await page.locator('#legend li[data-type="person"] button').click();

  await page.locator('#edge-types li[data-type="co_mention"] input').uncheck();
  const typed = graph.edges.filter((e) => e.attributes.type !== 'co_mention').length;
  await expect(count).toHaveText(countText(graph.nodes.length, typed));

  await page.locator('#min-mentions').fill('5');
  const frequent = new Set(graph.nodes.filter((n) => n.attributes.mentions >= 5).map((n) => n.key));
  const frequentTyped = graph.edges.filter(
    (e) => e.attributes.type !== 'co_mention' && frequent.has(e.source) && frequent.has(e.target),
  ).length;
  await expect(count).toHaveText(countText(frequent.size, frequentTyped));
});

test('clicking a neighbour in the details moves there; a path between two nodes is highlighted', async ({ page }, testInfo) => {
  const [a] = [...graph.nodes].sort((x, y) => y.attributes.mentions - x.attributes.mentions);
  await open(page, `#node=${encodeURIComponent(a!.key)}`);
  const details = page.getByTestId('details');
  await expect(details.locator('h2')).toHaveText(a!.attributes.label);

  const neighbour = details.locator('button.neighbour').first();
  const target = await neighbour.getAttribute('data-node');
  await neighbour.click();
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.view.state.selected)).toBe(target);

  await details.locator('button.path-end').click();
  // The other end: connected to something, but not next to the first end, so the path has steps.
  const near = new Set(graph.edges.flatMap((e) => (e.source === target || e.target === target ? [e.source, e.target] : [])));
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const b = graph.nodes.find((n) => linked.has(n.key) && !near.has(n.key))!;
  await page.locator('#search').fill(b.attributes.label);
  await page.locator('#search').press('Enter');
  await details.locator('button.path-end').click();
  const path = page.getByTestId('path');
  await expect(path).toBeVisible();
  await expect(path.locator(".path-steps li")).not.toHaveCount(0);
  const onPath = await page.evaluate(() => window.__newsgraph!.view.state.path!.edges);
  const colours = await page.evaluate(
    (edges) => edges.map((e) => window.__newsgraph!.sigma.getEdgeDisplayData(e)!.color),
    onPath,
  );
  expect(onPath.length).toBeGreaterThanOrEqual(2);
  expect(new Set(colours).size).toBe(1);
  await page.screenshot({ path: testInfo.outputPath('path.png') });
  await page.keyboard.press('Escape');
  await expect(path).toBeHidden();
});

test('the URL keeps the view: reloading restores selection, filters and camera', async ({ page }) => {
  await open(page);
  const node = graph.nodes[0]!;
  await page.locator('#legend li[data-type="place"] button').click();
  await page.locator('#size-by').selectOption('degree');
  await page.evaluate((key) => window.__newsgraph!.view.select(key), node.key);
  // Selecting frames the node's neighbourhood; the camera is moved once that is done.
  await page.waitForFunction(() => !window.__newsgraph!.sigma.getCamera().isAnimated());
  await page.evaluate(() => window.__newsgraph!.sigma.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.7 }));
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('camera=0.4,0.6,0.7');
  const url = page.url();
  expect(url).toContain('hide=place');
  expect(url).toContain('size=degree');

  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await fresh.waitForFunction(() => window.__newsgraph !== undefined);
  const restored = await fresh.evaluate(() => {
    const { view, sigma } = window.__newsgraph!;
    return { selected: view.state.selected, hidden: view.state.filters.hiddenNodeTypes, sizeBy: view.state.sizeBy, camera: sigma.getCamera().getState() };
  });
  expect(restored).toMatchObject({ selected: node.key, hidden: ['place'], sizeBy: 'degree', camera: { x: 0.4, y: 0.6, ratio: 0.7 } });
  await expect(fresh.locator('#legend li[data-type="place"] button')).toHaveAttribute('aria-pressed', 'false');
  await expect(fresh.getByTestId('details').locator('h2')).toHaveText(node.attributes.label);
});

test('evidence opens the article with its mentions highlighted and clickable; removed boilerplate is greyed', async ({ page }, testInfo) => {
  const [top] = [...graph.nodes].sort((x, y) => y.attributes.mentions - x.attributes.mentions);
  await open(page, `#node=${encodeURIComponent(top!.key)}`);
  const details = page.getByTestId('details');
  const relation = details.locator('.relation-group li').first();
  await relation.locator('summary').click();
  const evidence = relation.locator('.evidence li').first();
  const sentence = (await evidence.locator('q').textContent())!;
  await expect(evidence.locator('mark').first()).toBeVisible();
  await evidence.locator('button.source').click();

  const reader = page.getByTestId('reader');
  await expect(reader).toBeVisible();
  await expect(reader.locator('mark.reader-focus')).toHaveText(sentence);
  const mentions = reader.locator('button.reader-mention');
  expect(await mentions.count()).toBeGreaterThan(3);
  await expect(reader.locator('details.reader-removed summary')).toContainText('Removed by cleaning');
  await page.screenshot({ path: testInfo.outputPath('reader.png') });

  const other = reader.locator(`button.reader-mention:not([data-node="${top!.key}"])`).first();
  const node = await other.getAttribute('data-node');
  await other.click();
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.view.state.selected)).toBe(node);

  // Escape closes the article first, then the selection.
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(details).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
});

test('the layout refines in a worker on demand and stops when asked', async ({ page }) => {
  await open(page);
  const positions = () =>
    page.evaluate(() => {
      const { graph } = window.__newsgraph!;
      return graph.mapNodes((_, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`).join(' ');
    });
  const before = await positions();
  const toggle = page.locator('#layout-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(positions).not.toBe(before);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const stopped = await positions();
  await page.waitForTimeout(300);
  expect(await positions()).toBe(stopped);
});

test('the built site works from any subpath, with nothing fetched from elsewhere', async ({ page, baseURL }) => {
  const { readFile } = await import('node:fs/promises');
  const dist = new URL('../dist/', import.meta.url);
  const prefix = `${baseURL}/some/deep/path/`;
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(prefix) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) outside.push(request.url());
  });
  await page.route(`${prefix}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/some/deep/path/'.length) || 'index.html';
    const body = await readFile(new URL(path, dist)).catch(() => null);
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml' : 'text/html';
    await (body ? route.fulfill({ body, contentType: type }) : route.fulfill({ status: 404 }));
  });
  await page.goto(prefix);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await expect(page.getByTestId('visible-count')).toHaveText(countText(graph.nodes.length, graph.edges.length));
  expect(outside).toEqual([]);
});

test('meetings and events are listed oldest first; choosing one opens its details', async ({ page }) => {
  const happenings = graph.nodes.filter((n) => n.attributes.type === 'meeting' || n.attributes.type === 'event');
  await open(page);
  expect(happenings.length).toBeGreaterThan(0);
  const items = page.locator('#chronology li');
  await expect(items).toHaveCount(happenings.length);
  const dates = await page.locator('#chronology li .when').allTextContents();
  expect(dates).toEqual([...dates].sort());
  const first = items.first();
  const key = (await first.getAttribute('data-node'))!;
  await first.locator('button').click();
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.view.state.selected)).toBe(key);
  await expect(page.getByTestId('details').locator('dt', { hasText: 'Date' }).first()).toBeVisible();
});
