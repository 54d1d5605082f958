import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { PNG } from 'pngjs';
import { bundledGraphExport, countText, instrument, progressLabels, watch, type Watch } from './support.js';

// Opening and exporting in the built viewer: what a user does with their own files.

const bundled = bundledGraphExport() as unknown as {
  attributes: { articles: { id: string; title: string }[] };
  nodes: { key: string; attributes: { type: string } }[];
  edges: { key: string; source: string; target: string; attributes: { type: string; evidence: { article: string; sentence: number; date: string }[] } }[];
};
const bundledMeta = bundled.attributes.articles;
const articlesJson = readFileSync(new URL('../graph/articles.json', import.meta.url));
const bundledTexts = new Map(
  (JSON.parse(articlesJson.toString('utf8')) as { articles: { id: string; text: string; sentences: [number, number][] }[] }).articles.map((a) => [a.id, a]),
);
const sentenceOf = (e: { article: string; sentence: number }) => {
  const article = bundledTexts.get(e.article)!;
  return article.text.slice(...article.sentences[e.sentence]!);
};

// shared/ sits beside the repository, as for src/graph/gexf.test.ts.
const CHECKER = fileURLToPath(new URL('../../shared/gexf/check-gexf', import.meta.url));


const STORY = [
  'Jokowi dan Albanese Bahas Kerja Sama Ekonomi di Jakarta',
  'Selasa, 5 Maret 2024 14:20 WIB',
  '',
  'JAKARTA, KOMPAS.com - Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Merdeka, Jakarta, pada Selasa (5/3/2024).',
  '',
  'Baca juga: Harga Beras di Pasar Induk Naik Lagi',
  '',
  'Kedua pemimpin membahas kerja sama ekonomi antara Indonesia dan Australia, termasuk investasi kendaraan listrik.',
  '',
  'Menteri Luar Negeri Retno Marsudi mengatakan Indonesia ingin memperluas perdagangan dengan Australia.',
  '',
  'Simak berita lainnya di Google News',
].join('\n');

const HOSTILE_TITLE = '<script>window.__pwned=1</script> Jokowi bertemu Albanese';
const HOSTILE_LABEL = '<img src=x onerror="window.__pwned=1">';

const openViewer = async (page: Page) => {
  await instrument(page);
  await page.goto('./');
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
};

const fileInput = (page: Page) => page.getByTestId('open-input');
const count = (page: Page) => page.getByTestId('visible-count');
const message = (page: Page) => page.getByTestId('message');

const openFile = (page: Page, name: string, content: string | Buffer, mimeType = 'text/plain') =>
  fileInput(page).setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });

async function exportFile(page: Page, testInfo: TestInfo, scope: 'Current view' | 'Whole graph', format: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.locator('#export-menu').getByLabel(scope).check();
  const downloading = page.waitForEvent('download');
  await page.locator('#export-menu').getByRole('menuitem', { name: format }).click();
  const download = await downloading;
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

function checkGexf(path: string): string {
  expect(existsSync(CHECKER), `GEXF checker not found at ${CHECKER}`).toBe(true);
  const run = spawnSync(CHECKER, ['--tolerate-xsd-viz', path], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  return output.trim().split('\n').pop()!;
}

const NX_EDGES = fileURLToPath(new URL('../scripts/nx-edges.py', import.meta.url));

/** What networkx reads from a GEXF or GraphML file: its kind and its edges as [source, target, type]. */
function networkxRead(path: string): { directed: boolean; nodes: number; edges: [string, string, string][] } {
  const run = spawnSync('python3', [NX_EDGES, path], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const graphKeys = (page: Page) => page.evaluate(() => window.__newsgraph!.graph.nodes().sort());

test.describe('open and export', () => {
  let w: Watch;

  test.beforeEach(async ({ page }) => {
    w = watch(page);
    await openViewer(page);
    await expect(count(page)).toHaveText(countText(bundled.nodes.length, bundled.edges.length));
  });

  test.afterEach(async ({ page }) => {
    expect(w.errors).toEqual([]);
    expect(w.csp).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  test('exports the whole graph and the current view as GEXF that Gephi tools read, and as PNG', async ({ page }, testInfo) => {
    // The ForceAtlas2 worker starts from a blob: URL, which the CSP must allow.
    await page.getByRole('button', { name: 'Run layout' }).click();
    await expect(page.getByRole('button', { name: 'Stop layout' })).toBeVisible();
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    const whole = await exportFile(page, testInfo, 'Whole graph', 'GEXF (Gephi)');
    expect(whole.name).toBe('newsgraph-graph.gexf');
    const xml = readFileSync(whole.path, 'utf8');
    const back = parse(Graph, xml);
    expect(back.order).toBe(bundled.nodes.length);
    expect(back.size).toBe(bundled.edges.length);
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(checkGexf(whole.path)).toMatch(/^gexf ok: 1\.3 valid\b.*dynamic=yes/);
    // For Gephi: each edge's evidence count and its best sentence as text, from articles.json.
    for (const edge of bundled.edges) {
      const a = back.getEdgeAttributes(edge.key);
      expect(a.evidence_count).toBe(edge.attributes.evidence.length);
      expect(edge.attributes.evidence.map(sentenceOf)).toContain(a.evidence);
    }

    // Hide the most common type: the view export has only what is left.
    const types = new Map<string, number>();
    for (const n of bundled.nodes) types.set(n.attributes.type, (types.get(n.attributes.type) ?? 0) + 1);
    const [hidden, hiddenCount] = [...types].sort((a, b) => b[1] - a[1])[0]!;
    await page.locator(`#legend li[data-type="${hidden}"] button`).click();
    const visible = await page.evaluate(() => window.__newsgraph!.view.state.visible.nodes.size);
    expect(visible).toBe(bundled.nodes.length - hiddenCount);
    const view = await exportFile(page, testInfo, 'Current view', 'GEXF (Gephi)');
    expect(view.name).toBe('newsgraph-view.gexf');
    const viewGraph = parse(Graph, readFileSync(view.path, 'utf8'));
    expect(viewGraph.order).toBe(visible);
    expect(viewGraph.filterNodes((_n, a) => a.type === hidden)).toEqual([]);
    checkGexf(view.path);

    const nodesCsv = await exportFile(page, testInfo, 'Current view', 'Nodes CSV');
    expect(nodesCsv.name).toBe('newsgraph-view-nodes.csv');
    expect(readFileSync(nodesCsv.path, 'utf8').trim().split('\n')).toHaveLength(visible + 1);
    // GraphML and GEXF in networkx: a directed graph where each co-mention is a tie both ways.
    const graphml = await exportFile(page, testInfo, 'Whole graph', 'GraphML (Cytoscape, yEd)');
    expect(graphml.name).toBe('newsgraph-graph.graphml');
    const coMentions = bundled.edges.filter((e) => e.attributes.type === 'co_mention' && e.source !== e.target).length;
    expect(coMentions).toBeGreaterThan(0);
    for (const file of [graphml.path, whole.path]) {
      const read = networkxRead(file);
      expect(read.directed).toBe(true);
      expect(read.nodes).toBe(bundled.nodes.length);
      expect(read.edges.length).toBe(bundled.edges.length + coMentions);
      const pairs = new Set(read.edges.filter((e) => e[2] === 'co_mention').map(([u, v]) => `${u}\t${v}`));
      for (const e of bundled.edges.filter((x) => x.attributes.type === 'co_mention')) expect(pairs.has(`${e.target}\t${e.source}`)).toBe(true);
    }

    const json = await exportFile(page, testInfo, 'Whole graph', 'Graph JSON');
    expect(JSON.parse(readFileSync(json.path, 'utf8')).nodes).toHaveLength(bundled.nodes.length);

    const png = await exportFile(page, testInfo, 'Current view', 'PNG image');
    expect(png.name).toBe('newsgraph-view.png');
    const image = PNG.sync.read(readFileSync(png.path));
    let drawn = 0;
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i]! < 200 || image.data[i + 2]! < 200) drawn++;
    expect(drawn).toBeGreaterThan(500);
    // Twice the canvas's pixels, with a title band above and a legend beside it.
    const canvas = await page.evaluate(() => window.__newsgraph!.sigma.getDimensions());
    expect(image.width).toBe(2 * (canvas.width + 180));
    expect(image.height).toBe(2 * (canvas.height + 56));
    const inkIn = (x0: number, y0: number, x1: number, y1: number) => {
      let ink = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (image.data[(y * image.width + x) * 4]! < 128) ink++;
      return ink;
    };
    expect(inkIn(0, 0, image.width - 360, 112)).toBeGreaterThan(200); // title and date window
    expect(inkIn(image.width - 360, 112, image.width, 400)).toBeGreaterThan(200); // legend
    await page.screenshot({ path: testInfo.outputPath('export-page.png') });
  });

  test('opens an article file: progress, then its graph', async ({ page }, testInfo) => {
    await openFile(page, 'jakarta.txt', STORY);
    // The worker loads the whole extractor first: a few seconds on a busy two-core machine.
    await expect(count(page)).not.toHaveText(countText(bundled.nodes.length, bundled.edges.length), { timeout: 20_000 });
    expect(await page.evaluate(() => window.__newsgraph!.graph.hasNode('country:indonesia'))).toBe(true);
    expect(await page.evaluate(() => window.__newsgraph!.graph.hasNode('country:australia'))).toBe(true);
    const labels = await progressLabels(page);
    expect(labels.some((l) => /^Extracting articles: \d+ of 1$/.test(l))).toBe(true);
    await expect(page.getByTestId('progress')).toBeHidden();
    await expect(message(page)).toBeHidden();
    // Boilerplate stays out of the graph.
    const labelsInGraph = await page.evaluate(() => window.__newsgraph!.graph.mapNodes((_n, a) => a.label));
    expect(labelsInGraph.join(' ')).not.toMatch(/Google|Pasar Induk/);
    // Texts come along for the reader.
    expect(await page.evaluate(() => window.__newsgraph!.view.texts.size)).toBe(1);
    await page.screenshot({ path: testInfo.outputPath('opened-article.png') });
  });

  test('a real drop of several files forms one corpus; a bad file among them is listed', async ({ page }, testInfo) => {
    const second = STORY.replace(/Australia/g, 'Jepang').replace('Anthony Albanese', 'Fumio Kishida');
    const data = await page.evaluateHandle(
      ([a, b]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([a], 'one.txt', { type: 'text/plain' }));
        transfer.items.add(new File([b], 'two.md', { type: 'text/markdown' }));
        transfer.items.add(new File([''], 'empty.txt', { type: 'text/plain' }));
        return transfer;
      },
      [STORY, second] as const,
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('drop-overlay.png') });
    await page.dispatchEvent('body', 'drop', { dataTransfer: data });
    await expect(page.getByTestId('drop-overlay')).toBeHidden();
    await expect(message(page)).toBeVisible();
    await expect(message(page)).toContainText('empty.txt: empty file');
    expect(await page.evaluate(() => window.__newsgraph!.graph.getAttribute('articles').length)).toBe(2);
    const keys = await graphKeys(page);
    expect(keys).toContain('country:indonesia');
    expect(keys).toContain('country:australia');
    expect(keys.some((k) => /japan|jepang/.test(k))).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('dropped-with-problem.png') });
    await message(page).getByRole('button', { name: 'Dismiss message' }).click();
    await expect(message(page)).toBeHidden();
  });

  test('a bad file shows a message naming it, and the graph stays', async ({ page }, testInfo) => {
    const before = countText(bundled.nodes.length, bundled.edges.length);
    await openFile(page, 'bad.gexf', '<?xml version="1.0"?>\n<gexf version="1.3">\n<graph><nodes><node id="a" label="x></nodes>\n</graph></gexf>', 'application/xml');
    await expect(message(page)).toBeVisible();
    await expect(message(page)).toContainText(/bad\.gexf: not well-formed XML at line 3, column \d+/);
    await expect(message(page)).toHaveAttribute('data-tone', 'error');
    await page.screenshot({ path: testInfo.outputPath('bad-gexf.png') });
    await expect(count(page)).toHaveText(before);

    const wrong = JSON.parse(readFileSync(new URL('../graph/graph.json', import.meta.url), 'utf8'));
    wrong.nodes[2].attributes.mentions = 'lots';
    await openFile(page, 'graph.json', JSON.stringify(wrong), 'application/json');
    await expect(message(page)).toContainText(
      'graph.json: not a newsgraph graph: nodes[2].attributes.mentions should be a finite number',
    );
    await expect(count(page)).toHaveText(before);

    await openFile(page, 'empty.txt', '');
    await expect(message(page)).toContainText('empty.txt: empty file');
    await expect(count(page)).toHaveText(before);

    await openFile(page, 'notes.pdf', '%PDF-1.4');
    await expect(message(page)).toContainText('notes.pdf: unsupported file type ".pdf"');
    await expect(count(page)).toHaveText(before);
    expect(await graphKeys(page)).toEqual(bundled.nodes.map((n) => n.key).sort());
  });

  test('markup in articles and GEXF labels is shown as text and never runs', async ({ page }, testInfo) => {
    const records = [
      {
        title: HOSTILE_TITLE,
        date: '2024-03-05',
        source: 'Test <b>bold</b>',
        text: `Presiden Joko Widodo bertemu ${HOSTILE_LABEL} Perdana Menteri Australia Anthony Albanese di Jakarta, Indonesia, pada Selasa (5/3/2024). <script>window.__pwned=1</script> Keduanya membahas kerja sama Indonesia dan Australia.`,
      },
    ];
    await openFile(page, 'hostile.json', JSON.stringify(records), 'application/json');
    await expect(count(page)).not.toHaveText(countText(bundled.nodes.length, bundled.edges.length), { timeout: 20_000 });
    await page.evaluate(() => window.__newsgraph!.view.select('country:indonesia'));
    const details = page.getByTestId('details');
    await expect(details).toBeVisible();
    await expect(details).toContainText('<script>window.__pwned=1</script>');
    expect(await details.locator('script, img').count()).toBe(0);
    await page.screenshot({ path: testInfo.outputPath('hostile-article.png') });

    // A GEXF from elsewhere with markup as node labels.
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="p1" label="${HOSTILE_LABEL.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"/>
      <node id="p2" label="&lt;script&gt;window.__pwned=1&lt;/script&gt;"/>
    </nodes>
    <edges><edge id="e" source="p1" target="p2"/></edges>
  </graph>
</gexf>`;
    await openFile(page, 'hostile.gexf', gexf, 'application/xml');
    await expect(count(page)).toHaveText(countText(2, 1));
    await page.locator('#search').fill('img');
    await expect(page.locator('#suggestions')).toContainText(HOSTILE_LABEL);
    expect(await page.locator('#suggestions img, #suggestions script').count()).toBe(0);
    await page.evaluate(() => window.__newsgraph!.view.select('p1'));
    await expect(details.locator('h2')).toHaveText(HOSTILE_LABEL);
    await page.screenshot({ path: testInfo.outputPath('hostile-gexf.png') });
  });

  test('opening a GEXF exported earlier restores the graph', async ({ page }, testInfo) => {
    const exported = await exportFile(page, testInfo, 'Whole graph', 'GEXF (Gephi)');
    const keys = await graphKeys(page);
    await openFile(page, 'jakarta.txt', STORY);
    await expect(count(page)).not.toHaveText(countText(bundled.nodes.length, bundled.edges.length), { timeout: 20_000 });
    await openFile(page, 'newsgraph-graph.gexf', readFileSync(exported.path), 'application/xml');
    await expect(count(page)).toHaveText(countText(bundled.nodes.length, bundled.edges.length), { timeout: 20_000 });
    expect(await graphKeys(page)).toEqual(keys);
    await expect(message(page)).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('restored.png') });
    // The article titles come back, and the details list them by title.
    const titles = await page.evaluate(() => window.__newsgraph!.graph.getAttribute('articles').map((a) => `${a.id} ${a.title}`));
    expect(titles.sort()).toEqual(bundledMeta.map((a) => `${a.id} ${a.title}`).sort());

    // Without articles.json the details say which sentence of which article backs a relation…
    const person = 'person:choe-son-hui';
    const firstEvidence = async () => {
      await page.evaluate((key) => window.__newsgraph!.view.select(key), person);
      const relation = page.getByTestId('details').locator('.relation-group li').first();
      await relation.locator('summary').click();
      return relation.locator('.evidence q').first();
    };
    await expect(await firstEvidence()).toHaveText(/^Sentence \d+ of this article \(open the graph with its articles\.json to read it\)$/);
    // …and with it, every evidence reference comes back and the details quote the sentence.
    await fileInput(page).setInputFiles([
      { name: 'newsgraph-graph.gexf', mimeType: 'application/xml', buffer: readFileSync(exported.path) },
      { name: 'articles.json', mimeType: 'application/json', buffer: articlesJson },
    ]);
    // The same graph again, so the count does not change: wait for the texts to arrive.
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view.texts.size)).toBe(bundledTexts.size);
    const evidence = await page.evaluate(() => window.__newsgraph!.graph.mapEdges((key, a) => [key, a.evidence] as const));
    expect(new Map(evidence)).toEqual(new Map(bundled.edges.map((e) => [e.key, e.attributes.evidence])));
    const quote = await firstEvidence();
    await expect(quote).toBeVisible();
    await expect(quote).not.toHaveClass(/unresolved/);
    const shown = (await quote.textContent())!;
    expect([...bundledTexts.values()].some((a) => a.sentences.some((span) => a.text.slice(...span) === shown))).toBe(true);
  });
});
