import { expect, test, type Page } from '@playwright/test';
import { bundledGraphExport } from './support.js';
import { PNG } from 'pngjs';
import { NODE_TYPES } from '../src/graph/registry.js';

interface SerializedNode {
  key: string;
  attributes: { label: string; type: string };
}

// The graph is regenerated from the seeds, so expectations come from the file, not from constants.
const graph = bundledGraphExport() as unknown as {
  nodes: SerializedNode[];
  edges: unknown[];
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const openViewer = async (page: Page) => {
  await page.goto('./');
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  // Sigma draws on the next animation frame after construction.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
};

/** A node whose centre is on the canvas, clear of the panels and of every other node's disc. */
const clearNode = (page: Page) =>
  page.evaluate(() => {
    const { sigma, graph } = window.__newsgraph!;
    const box = sigma.getContainer().getBoundingClientRect();
    const placed = graph.mapNodes((key) => {
      const data = sigma.getNodeDisplayData(key)!;
      const point = sigma.framedGraphToViewport(data);
      return { key, label: data.label, size: data.size, x: point.x + box.left, y: point.y + box.top };
    });
    const clear = placed
      .sort((a, b) => b.size - a.size)
      .find(
        (n) =>
          document.elementFromPoint(n.x, n.y)?.closest('#graph') &&
          placed.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) > m.size + n.size),
      );
    if (!clear) throw new Error('no node can be pointed at unambiguously');
    return clear;
  });

test.describe('viewer', () => {
  const requests: string[] = [];
  const errors: string[] = [];

  test.beforeEach(async ({ page }) => {
    requests.length = 0;
    errors.length = 0;
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await openViewer(page);
  });

  test.afterEach(async ({ baseURL }) => {
    expect(errors).toEqual([]);
    // Everything, fonts included, must come from the built site: the viewer works offline.
    expect(requests.filter((url) => !url.startsWith(baseURL!) && !url.startsWith('data:'))).toEqual([]);
  });

  test('draws the graph on the canvas', async ({ page }, testInfo) => {
    await page.screenshot({ path: testInfo.outputPath('viewer.png') });
    const png = PNG.sync.read(await page.getByTestId('graph').screenshot());

    let drawn = 0;
    const colours = new Set<string>();
    const typeColours = NODE_TYPES.map((def) => ({
      id: def.id,
      rgb: [1, 3, 5].map((i) => parseInt(def.color.slice(i, i + 2), 16)),
    }));
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r < 240 || g < 240 || b < 240) drawn++;
      for (const t of typeColours) {
        if (Math.abs(t.rgb[0]! - r) + Math.abs(t.rgb[1]! - g) + Math.abs(t.rgb[2]! - b) < 12) colours.add(t.id);
      }
    }
    expect(drawn).toBeGreaterThan(1000);
    const typesInGraph = new Set(graph.nodes.map((n) => n.attributes.type));
    expect(colours.size).toBeGreaterThanOrEqual(Math.min(3, typesInGraph.size));
  });

  test('shows the title, a legend of the types present and the counts', async ({ page }) => {
    await expect(page.getByTestId('visible-count')).toHaveText(
      `${plural(graph.nodes.length, 'node')}, ${plural(graph.edges.length, 'edge')} shown`,
    );
    const types = new Set(graph.nodes.map((n) => n.attributes.type));
    await expect(page.locator('#legend li')).toHaveCount(types.size);
    await expect(page.locator('#title')).not.toBeEmpty();
  });

  test('hover highlights a neighbourhood; click opens details; Escape closes them', async ({ page }, testInfo) => {
    const node = await clearNode(page);
    await page.mouse.move(node.x, node.y);
    // The neighbourhood is drawn over a veil: the node, the neighbours drawn on the canvas and the
    // edges between them and it; the graph's own labels give way to the neighbourhood's.
    await expect(page.locator('.sigma-hoverVeil')).toBeVisible();
    const hover = await page.evaluate((key) => {
      const { sigma, hovered } = window.__newsgraph!;
      const drawn = sigma.getGraph();
      const { nodes, edges, labels } = hovered();
      return {
        nodes: [...nodes].sort(),
        expectedNodes: [key, ...drawn.neighbors(key)].sort(),
        edges: [...edges].sort(),
        expectedEdges: drawn.edges(key).sort(),
        labels: labels.map((l) => l.label),
        neighbourhoodLabels: [key, ...drawn.neighbors(key)].map((n) => sigma.getNodeDisplayData(n)!.label),
        graphLabels: getComputedStyle(sigma.getCanvases().labels!).visibility,
      };
    }, node.key);
    expect(hover.nodes).toEqual(hover.expectedNodes);
    expect(hover.edges).toEqual(hover.expectedEdges);
    expect(hover.labels).toContain(node.label);
    for (const label of hover.labels) expect(hover.neighbourhoodLabels).toContain(label);
    expect(hover.graphLabels).toBe('hidden');
    await page.screenshot({ path: testInfo.outputPath('hover.png') });

    const details = page.getByTestId('details');
    await expect(details).toBeHidden();
    await page.mouse.click(node.x, node.y);
    await expect(details).toBeVisible();
    await expect(details.locator('h2')).toHaveText(node.label!);
    await page.screenshot({ path: testInfo.outputPath('details.png') });

    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();

    // Leaving the node takes the veil away and gives the graph its labels back.
    await page.mouse.move(5, 5);
    await expect(page.locator('.sigma-hoverVeil')).toBeHidden();
    expect(await page.evaluate(() => window.__newsgraph!.hovered().nodes)).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(window.__newsgraph!.sigma.getCanvases().labels!).visibility)).toBe('visible');
  });
});
