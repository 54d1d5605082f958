// Focus, expand and collapse, hide isolated, layout of what is shown, and the camera, on the
// corpus of 81 articles (1,400 nodes): the hairball an analyst would otherwise face.
import { expect, test, type Page } from '@playwright/test';
import { corpusGraph, openCorpus } from './corpus.js';
import type { NodeType } from '../src/graph/types.js';

// Each test opens the 1,400-node corpus, and a correction remounts it: slow on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const graph = corpusGraph();
const typeOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.type]));
/** The person who attends the most meetings: a node with a neighbourhood worth focusing on. */
const busiest = (() => {
  const count = new Map<string, number>();
  for (const e of graph.edges) if (e.attributes.type === 'attends' && typeOf.get(e.source) === 'person') count.set(e.source, (count.get(e.source) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
})();

/** The node and its neighbours through edges whose type is not hidden, `hops` steps out. */
function neighbourhood(root: string, hops: number, hidden: Set<string>): Set<string> {
  const out = new Set([root]);
  let frontier = [root];
  for (let i = 0; i < hops; i++) {
    const next: string[] = [];
    for (const e of graph.edges) {
      if (hidden.has(e.attributes.type)) continue;
      for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
        if (frontier.includes(a) && !out.has(b)) {
          out.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return out;
}

const drawnNodes = (page: Page) => page.evaluate(() => window.__newsgraph!.sigma.getGraph().nodes().sort());
const sorted = (set: Set<string>) => [...set].sort();

test('the corpus opens on its typed relations, without isolated nodes, framed', async ({ page }) => {
  await openCorpus(page);
  const state = await page.evaluate(() => ({ ...window.__newsgraph!.view.state.filters, ...window.__newsgraph!.view.state.focus }));
  expect(state.hiddenEdgeTypes).toEqual(['co_mention']);
  expect(state.hideIsolated).toBe(true);
  const typed = graph.edges.filter((e) => e.attributes.type !== 'co_mention');
  const linked = new Set(typed.flatMap((e) => (e.source === e.target ? [] : [e.source, e.target])));
  expect(await drawnNodes(page)).toEqual(sorted(linked));
  await expect(page.locator('#edge-types li[data-type="co_mention"] input')).not.toBeChecked();
});

test('selecting a node shows it with its neighbours; 2 hops, expand, collapse and clear', async ({ page }, testInfo) => {
  await openCorpus(page);
  // The whole graph, co-mentions included, so the neighbourhoods are the graph's.
  await page.locator('#edge-types li[data-type="co_mention"] input').check();
  await page.locator('#hide-isolated').uncheck();
  await page.locator('#search').fill(graph.nodes.find((n) => n.key === busiest)!.attributes.label);
  await page.locator('#search').press('Enter');
  const none = new Set<string>();
  await expect.poll(() => drawnNodes(page)).toEqual(sorted(neighbourhood(busiest, 1, none)));
  await expect(page.locator('#focus-bar')).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('focus-desktop.png') });

  // Every drawn node is inside the canvas once the camera has framed the focus.
  const outside = await page.evaluate(() => {
    const { sigma } = window.__newsgraph!;
    const { width, height } = sigma.getDimensions();
    return sigma.getGraph().nodes().filter((n) => {
      const p = sigma.graphToViewport(sigma.getNodeDisplayData(n)!);
      return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
    });
  });
  expect(outside).toEqual([]);

  await page.locator('#focus-hops').selectOption('2');
  await expect.poll(() => drawnNodes(page)).toEqual(sorted(neighbourhood(busiest, 2, none)));
  await page.locator('#focus-hops').selectOption('1');

  // Select a neighbour inside the focus: the focus stays; Expand adds its neighbours; Collapse takes them back.
  const neighbour = [...neighbourhood(busiest, 1, none)].find((n) => n !== busiest && neighbourhood(n, 1, none).size > 3)!;
  await page.evaluate((node) => window.__newsgraph!.view.select(node), neighbour);
  await expect.poll(() => drawnNodes(page)).toEqual(sorted(neighbourhood(busiest, 1, none)));
  await page.locator('#expand').click();
  const grown = new Set([...neighbourhood(busiest, 1, none), ...neighbourhood(neighbour, 1, none)]);
  await expect.poll(() => drawnNodes(page)).toEqual(sorted(grown));
  await page.locator('#collapse').click();
  await expect.poll(() => drawnNodes(page)).toEqual(sorted(neighbourhood(busiest, 1, none)));

  await page.locator('#clear-focus').click();
  await expect.poll(() => drawnNodes(page).then((n) => n.length)).toBe(graph.nodes.length);
});

test('hide isolated nodes, and Run layout moves only what is shown', async ({ page }) => {
  await openCorpus(page);
  // Every type but people and meetings hidden (media, too, since names cited as sources are a type).
  const others = [...new Set(graph.nodes.map((n) => n.attributes.type as NodeType))].filter((t) => t !== 'person' && t !== 'meeting');
  await page.evaluate((hiddenNodeTypes) => {
    const { view } = window.__newsgraph!;
    view.setFilters({ hiddenNodeTypes, hiddenEdgeTypes: ['co_mention'] });
    view.setFocus({ hideIsolated: false });
  }, others);
  await expect(page.locator('#hide-isolated')).not.toBeChecked();
  const kept = new Set(graph.nodes.filter((n) => n.attributes.type === 'person' || n.attributes.type === 'meeting').map((n) => n.key));
  expect((await drawnNodes(page)).length).toBe(kept.size);
  await page.locator('#hide-isolated').check();
  const linked = new Set(
    graph.edges.filter((e) => e.attributes.type !== 'co_mention' && kept.has(e.source) && kept.has(e.target) && e.source !== e.target).flatMap((e) => [e.source, e.target]),
  );
  await expect.poll(() => drawnNodes(page)).toEqual(sorted(linked));

  const positions = () => page.evaluate(() => window.__newsgraph!.graph.mapNodes((n, a) => [n, a.x, a.y] as const));
  const before = new Map((await positions()).map(([n, x, y]) => [n, [x, y]]));
  await page.locator('#layout-toggle').click();
  await page.waitForTimeout(1500);
  await page.locator('#layout-toggle').click();
  const after = await positions();
  const moved = after.filter(([n, x, y]) => before.get(n)![0] !== x || before.get(n)![1] !== y).map(([n]) => n);
  expect(moved.length).toBeGreaterThan(0);
  expect(moved.every((n) => linked.has(n))).toBe(true);
});

test('zoom in, zoom out and fit', async ({ page }) => {
  await openCorpus(page);
  const ratio = () => page.evaluate(() => window.__newsgraph!.sigma.getCamera().getState().ratio);
  const start = await ratio();
  await page.locator('#zoom-in').click();
  await expect.poll(ratio).toBeCloseTo(start / 1.5, 3);
  // Two clicks in one go: the second lands while the first still animates, and must still count.
  await page.locator('#zoom-out').evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect.poll(ratio).toBeCloseTo(start * 1.5, 3);
  await page.locator('#zoom-fit').click();
  await expect.poll(ratio).toBeCloseTo(start, 3);
});
