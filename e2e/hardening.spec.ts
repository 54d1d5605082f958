import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bundledGraphExport, countText, instrument, watch, type Watch } from './support.js';

// Hostile and malformed input in the built viewer: files too big to open, graph files that are
// broken in every way we could think of, article files of every wrong kind dropped together,
// and a graph whose every string is markup, a javascript: URL or thousands of characters long.
// Nothing may run (window.__pwned stays undefined, no CSP violation), the graph on show stays
// until a valid one replaces it, and the page answers throughout.

interface Bundled {
  attributes: { articles: { id: string; title: string; source: string; url?: string; file: string }[]; title: string };
  nodes: { key: string; attributes: Record<string, unknown> & { type: string; label: string; articles: string[] } }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> & { evidence: { article: string; sentence: number; date: string }[] } }[];
}

const fileText = readFileSync(new URL('../graph/graph.json', import.meta.url), 'utf8');
// Full attributes (the file's lean edges filled in), so that copies and edits stay valid files.
const bundledText = JSON.stringify(bundledGraphExport());
const bundled = (): Bundled => JSON.parse(bundledText);
const B = bundled();

const BEFORE = countText(B.nodes.length, B.edges.length);

const STORY = [
  'Jokowi dan Albanese Bahas Kerja Sama Ekonomi di Jakarta',
  'Selasa, 5 Maret 2024 14:20 WIB',
  '',
  'JAKARTA, KOMPAS.com - Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Merdeka, Jakarta, pada Selasa (5/3/2024).',
  '',
  'Kedua pemimpin membahas kerja sama ekonomi antara Indonesia dan Australia, termasuk investasi kendaraan listrik.',
].join('\n');

const PWN = 'window.__pwned=1';
const SCRIPT = `<script>${PWN}</script>`;
const IMG = `<img src=x onerror="${PWN}">`;

async function openViewer(page: Page): Promise<void> {
  await instrument(page);
  await page.goto('./');
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await expect(page.getByTestId('visible-count')).toHaveText(BEFORE);
}

const message = (page: Page) => page.getByTestId('message');
const count = (page: Page) => page.getByTestId('visible-count');
const graphKeys = (page: Page) => page.evaluate(() => window.__newsgraph!.graph.nodes().sort());
const openFile = (page: Page, name: string, content: string | Buffer, mimeType = 'application/json') =>
  page.getByTestId('open-input').setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });

/** A timer on the page that records when it fires: it stops firing while the page is blocked. */
const startTicker = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __ticks: number[] };
    w.__ticks = [performance.now()];
    setInterval(() => w.__ticks.push(performance.now()), 50);
  });

/** How many times the timer fired before `until` (a page time). */
const ticksBefore = (page: Page, until: number) =>
  page.evaluate((end) => (window as unknown as { __ticks: number[] }).__ticks.filter((t) => t < end).length, until);

/** How many times the page answered a script call while `busy` held. */
async function answersWhile(page: Page, busy: () => Promise<boolean>): Promise<number> {
  let answers = 0;
  while (await busy()) {
    await page.evaluate(() => 1);
    answers++;
    await page.waitForTimeout(100);
  }
  return answers;
}

let w: Watch;

test.beforeEach(async ({ page }) => {
  w = watch(page);
  await openViewer(page);
});

test.afterEach(async ({ page }) => {
  expect(w.errors).toEqual([]);
  expect(w.csp).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('a 200 MB file is refused by name at once; a 25 MB graph is parsed off the page, which keeps answering', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // 200 MB on disk (sparse): the size alone refuses it, so it is never read into the tab.
  const big = testInfo.outputPath('big.gexf');
  const fd = openSync(big, 'w');
  writeSync(fd, '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
  await page.getByTestId('open-input').setInputFiles(big);
  await expect(message(page)).toHaveText(
    /big\.gexf: 200 MB is more than the viewer can open \(limit 96 MB\); open it in Gephi or filter it first/,
  );
  await expect(message(page)).toHaveAttribute('data-tone', 'error');
  await expect(count(page)).toHaveText(BEFORE);
  // Refused by its size alone: it was never read.
  const refusedLabels = await page.evaluate(() => (window as unknown as { __progress: [number, string][] }).__progress);
  expect(refusedLabels.some(([, l]) => l.startsWith('Reading big.gexf ('))).toBe(false);

  // Under the limit but large: copies of the bundled graph, about 25 MB of graph.json.
  const data = bundled();
  const copies = Math.ceil(25e6 / JSON.stringify(B).length);
  const nodes: Bundled['nodes'] = [];
  const edges: Bundled['edges'] = [];
  for (let c = 0; c < copies; c++) {
    for (const n of B.nodes) nodes.push({ key: `${n.key}-${c}`, attributes: n.attributes });
    for (const e of B.edges) edges.push({ ...e, key: `${e.key}-${c}`, source: `${e.source}-${c}`, target: `${e.target}-${c}` });
  }
  const large = Buffer.from(JSON.stringify({ ...data, nodes, edges }));
  expect(large.length).toBeGreaterThan(20e6);
  expect(large.length).toBeLessThan(96 * 1024 * 1024);
  // From disk, as a user opens it (a buffer would be decoded by script in the page, blocking it).
  const largePath = testInfo.outputPath('large graph.json');
  writeFileSync(largePath, large);
  await startTicker(page);
  const opened = Date.now();
  await page.getByTestId('open-input').setInputFiles(largePath);
  // While the worker reads and checks it, the page keeps answering. (How fast is the benchmark's
  // business; a busy test machine must not fail this.)
  const progressLabel = () => page.evaluate(() => document.getElementById('progress-label')?.textContent ?? '');
  const answers = await answersWhile(page, async () => {
    const label = await progressLabel();
    return !(await page.getByTestId('progress').isHidden()) && !label.startsWith('Drawing');
  });
  // The whole graph is loaded (a graph this big opens on its most-mentioned part, so the count shows less).
  await expect
    .poll(() => page.evaluate(() => [window.__newsgraph!.graph.order, window.__newsgraph!.graph.size]), { timeout: 120_000 })
    .toEqual([B.nodes.length * copies, B.edges.length * copies]);
  testInfo.annotations.push({ type: 'timing', description: `25 MB graph.json shown after ${Date.now() - opened} ms` });
  expect(answers).toBeGreaterThan(3);
  const labels = await page.evaluate(() => (window as unknown as { __progress: [number, string][] }).__progress);
  expect(labels.some(([, l]) => /^Reading large graph\.json \(\d+ MB\)…$/.test(l))).toBe(true);
  expect(labels.some(([, l]) => l === 'Checking large graph.json…')).toBe(true);
  const drawing = labels.find(([, l]) => l.startsWith('Drawing'))![0];
  // The page's own timer kept firing while the file was read and checked.
  expect(await ticksBefore(page, drawing)).toBeGreaterThan(10);
});

test('malformed graph files: a message naming the file and the problem, and the graph stays', async ({ page }) => {
  const gexf = (nodes: string, edges = '', attributes = '') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="undirected">${attributes}<nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;
  const columns = `<attributes class="node"><attribute id="0" title="mentions" type="string"/></attributes><attributes class="edge"><attribute id="0" title="evidence_refs" type="string"/></attributes>`;
  const graph = (change: (g: Bundled) => void) => {
    const g = bundled();
    change(g);
    return JSON.stringify(g);
  };
  const cases: [string, string, RegExp | string][] = [
    ['bad xml.gexf', '<gexf version="1.3">\n<graph><nodes><node id="a" label="x></nodes>', /^bad xml\.gexf: not well-formed XML at line \d+, column \d+$/],
    ['dangling.gexf', gexf('<node id="a"/>', '<edge id="e1" source="a" target="zz"/>'), 'dangling.gexf: edge "e1" points to node "zz", which the file does not have'],
    ['twice.gexf', gexf('<node id="a"/><node id="a"/>'), 'twice.gexf: node id "a" appears twice'],
    ['mentions.gexf', gexf('<node id="a"><attvalues><attvalue for="0" value="many"/></attvalues></node>', '', columns), 'mentions.gexf: node "a": mentions should be a number, got "many"'],
    ['position.gexf', gexf('<node id="a"><viz:position x="abc" y="0"/></node>'), 'position.gexf: node "a": x (viz:position) should be a number, got NaN'],
    ['evidence.gexf', gexf('<node id="a"/>', '<edge id="e" source="a" target="a"><attvalues><attvalue for="0" value="{&quot;said&quot;:1}"/></attvalues></edge>', columns), 'evidence.gexf: edge "e": evidence_refs should be a JSON list of [article, sentence, date]'],
    ['page.gexf', '<html><body>not a graph</body></html>', 'page.gexf: not a GEXF file: the root element is <html>, not <gexf>'],
    ['missing node.json', graph((g) => (g.edges[0]!.target = 'person:nobody')), 'missing node.json: not a newsgraph graph: edges[0].target "person:nobody" is not a node'],
    ['duplicate.json', graph((g) => (g.nodes[1]!.key = g.nodes[0]!.key)), `duplicate.json: not a newsgraph graph: nodes[1].key "${B.nodes[0]!.key}" is a duplicate`],
    ['x.json', graph((g) => (g.nodes[0]!.attributes.x = 'abc')), 'x.json: not a newsgraph graph: nodes[0].attributes.x should be a finite number, got "abc"'],
    ['mentions.json', graph((g) => (g.nodes[0]!.attributes.mentions = 'many')), 'mentions.json: not a newsgraph graph: nodes[0].attributes.mentions should be a finite number, got "many"'],
    ['evidence.json', graph((g) => ((g.edges[0]!.attributes as Record<string, unknown>).evidence = 'said so')), 'evidence.json: not a newsgraph graph: edges[0].attributes.evidence should be an array, got "said so"'],
    ['not a graph.json', '{"nodes": 5, "edges": []}', 'not a graph.json: not a newsgraph graph: options should be an object, got undefined'],
    ['settings.json', '{"theme": "dark"}', /^settings\.json: no text: expected a field named text/],
    // Cut short, it cannot be told from a list of articles: the reader of those says where it breaks,
    // with the line when the JSON parser gives a position (a cut before a property name) and without it
    // when it does not (a cut right after a comma). Both cuts are made, so the case does not depend on graph.json's content.
    ['truncated.json', fileText.slice(0, fileText.indexOf('"label"', 4000)), /^truncated\.json \(row \d+\): invalid JSON: /],
    ['cut after a comma.json', fileText.slice(0, fileText.indexOf(',\n', 4000) + 2), /^cut after a comma\.json: invalid JSON: /],
  ];
  for (const [name, content, expected] of cases) {
    await openFile(page, name, content, name.endsWith('.gexf') ? 'application/xml' : 'application/json');
    await expect(message(page).locator('.message-text')).toHaveText(expected);
    await expect(message(page)).toHaveAttribute('data-tone', 'error');
    await expect(count(page)).toHaveText(BEFORE);
  }
  // A graph with an articles.json whose offsets lie outside its texts: refused together.
  const texts = { articles: [{ id: 'a1', text: 'Lavrov.', sentences: [[0, 7]], removed: [], mentions: [{ start: 0, end: 99, node: 'person:sergei-lavrov' }] }] };
  await page.getByTestId('open-input').setInputFiles([
    { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(graph(() => {})) },
    { name: 'articles.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(texts)) },
  ]);
  await expect(message(page).locator('.message-text')).toHaveText(
    "articles.json: not a newsgraph articles file: articles[0].mentions[0].end should be a whole number from 0 to 7 (the text's length), got 99; nothing was opened",
  );
  await expect(count(page)).toHaveText(BEFORE);
  expect(await graphKeys(page)).toEqual(B.nodes.map((n) => n.key).sort());
});

test('article files of every wrong kind dropped with a good one: its articles are read, every bad file is named', async ({ page }, testInfo) => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY.replace(/Australia/g, 'Jepang').replace('Anthony Albanese', 'Fumio Kishida'), 'utf16le')]);
  const files: [string, Buffer][] = [
    ['berita bagus ünï 日本.txt', Buffer.from(STORY)],
    ['latin1 señor.txt', Buffer.from('Presiden Joko Widodo bertemu Señor Pedro di Jakarta.', 'latin1')],
    ['utf16 bom.txt', utf16],
    ['ragged quotes.csv', Buffer.from('\ufefftitle,date,text\n"Judul ""kutip"", koma",2024-03-05,"Presiden Joko Widodo di Jakarta, ""kata"" dia."\nonly one cell\na,b,c,d,e\n')],
    ['shapes.jsonl', Buffer.from('{"title": "no text"}\n[1, 2]\n"a string"\nnull\n{broken\n')],
    ['nested.html', Buffer.from(`${'<div><span>'.repeat(10_000)}<p>Menteri Luar Negeri Retno Marsudi berkunjung ke Kuala Lumpur, Malaysia.`)],
    ['scripts.html', Buffer.from(`<html><head><style>body{}</style></head><body>${`${SCRIPT}<style>p{}</style>`.repeat(2000)}</body></html>`)],
    ['kosong.md', Buffer.from('')],
    ['random bytes.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ];
  const data = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const [name, bytes] of list) transfer.items.add(new File([new Uint8Array(bytes)], name));
    return transfer;
  }, files.map(([name, bytes]) => [name, [...bytes]] as [string, number[]]));
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
  await expect(message(page)).toBeVisible({ timeout: 30_000 });
  await expect(message(page)).toHaveAttribute('data-tone', 'notice');
  const text = (await message(page).textContent()) ?? '';
  const expected = [
    /latin1 señor\.txt: not UTF-8 \(byte 0xF1 .*\): read as Windows-1252 \(Latin-1\)/,
    /utf16 bom\.txt: decoded as UTF-16 \(little-endian/,
    /ragged quotes\.csv \(row 3\): skipped: too few fields/,
    /ragged quotes\.csv \(row 4\): skipped: too many fields/,
    /shapes\.jsonl \(row 1\): no text/,
    /shapes\.jsonl \(row 2\): not an article/,
    /shapes\.jsonl \(row 3\): not an article/,
    /shapes\.jsonl \(row 4\): not an article/,
    /shapes\.jsonl \(row 5\): invalid JSON/,
    /scripts\.html: no text: the page holds only markup, scripts, styles/,
    /kosong\.md: empty file/,
    /random bytes\.txt: binary file, not text/,
  ];
  for (const pattern of expected) expect(text).toMatch(pattern);
  // Read: the good file, the Latin-1 one, the UTF-16 one, the good CSV row and the nested page.
  const read = await page.evaluate(() => window.__newsgraph!.graph.getAttribute('articles').map((a) => a.file).sort());
  expect(read).toEqual(['berita bagus ünï 日本.txt', 'latin1 señor.txt', 'nested.html', 'ragged quotes.csv', 'utf16 bom.txt']);
  const keys = await graphKeys(page);
  expect(keys).toEqual(expect.arrayContaining(['country:indonesia', 'country:australia', 'country:malaysia']));
  expect(keys.some((k) => /japan|jepang/.test(k))).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('fuzzed-drop.png') });
});

test('hostile strings in every field of a graph are shown as text, cut to size, and run nothing', async ({ page }, testInfo) => {
  const g = bundled();
  const node = (key: string) => g.nodes.find((n) => n.key === key)!;
  const person = node('person:choe-son-hui');
  const meeting = node('meeting:choe-son-hui-sergei-lavrov-russia-2024-01-16');
  const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  const LABEL = `${IMG} ${long('Choe Son Hui ', 10_000)}`;
  g.attributes.title = `${SCRIPT}${long('Judul graf ', 5_000)}`;
  person.attributes.label = LABEL;
  person.attributes.aliases = [SCRIPT, 'javascript:window.__pwned=1', long('A', 10_000), 'Choe Son Hui'];
  person.attributes.role = [long('<b>Menteri</b>', 5_000)];
  meeting.attributes.label = `${SCRIPT} ${long('Pertemuan ', 10_000)}`;
  meeting.attributes.place = `${IMG}${long('Moskow ', 3_000)}`;
  node('person:sergei-lavrov').attributes.color = 'url(javascript:window.__pwned=1)';
  // One megabyte of evidence sentence, with markup in it.
  const SENTENCE = `${IMG} ${long('Choe Son Hui bertemu Sergei Lavrov di Moskow. ', 1_000_000)}`;
  const edge = g.edges.find((e) => e.source === person.key && e.target === meeting.key)!;
  edge.attributes.label = `${SCRIPT}${long('E', 5_000)}`;
  const [first, second] = person.attributes.articles as [string, string];
  for (const article of g.attributes.articles) {
    if (article.id === first) {
      Object.assign(article, { title: `${SCRIPT}${long('Judul berita ', 10_000)}`, source: long(`<b onmouseover="${PWN}">Outlet</b>`, 5_000), url: `javascript:${PWN}`, file: `${IMG}.txt` });
    }
    if (article.id === second) article.url = 'https://example.org/berita?<script>';
  }
  // It is the article's first sentence, which articles.json holds (graph.json refers to it).
  Object.assign(edge.attributes.evidence[0]!, { article: first, sentence: 0 });
  const texts = {
    articles: [{ id: first, text: `${SENTENCE}\n\n${SCRIPT} Penutup.`, sentences: [[0, SENTENCE.length], [SENTENCE.length + 2, SENTENCE.length + 2 + SCRIPT.length + 9]], removed: [{ text: SCRIPT, reason: `${IMG}` }], mentions: [{ start: 0, end: IMG.length, node: person.key }] }],
  };
  await page.getByTestId('open-input').setInputFiles([
    { name: `${IMG} graph ünï.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(g)) },
    { name: 'articles.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(texts)) },
  ]);
  await expect(page.locator('#title')).toHaveText(/^<script>window\.__pwned=1<\/script>Judul graf .*…$/);
  expect((await page.locator('#title').textContent())!.length).toBeLessThanOrEqual(80);
  await expect(count(page)).toHaveText(BEFORE);

  // The canvas label is cut; the graph keeps the whole label.
  const canvasLabel = await page.evaluate((key) => window.__newsgraph!.sigma.getNodeDisplayData(key)?.label ?? '', person.key);
  expect(canvasLabel.length).toBeLessThanOrEqual(60);
  expect(canvasLabel.endsWith('…')).toBe(true);
  expect(await page.evaluate((key) => window.__newsgraph!.graph.getNodeAttribute(key, 'label').length, person.key)).toBe(LABEL.length);

  // Search suggestions: cut, whole in the tooltip, no element made from the markup.
  await page.locator('#search').fill('img');
  const suggestion = page.locator(`#suggestions li[data-node="${person.key}"] span:not(.swatch)`).first();
  await expect(suggestion).toBeVisible();
  expect((await suggestion.textContent())!.length).toBeLessThanOrEqual(60);
  expect(await suggestion.getAttribute('title')).toMatch(/^<img src=x onerror=/);
  await page.locator('#search').fill('');

  // Details: heading, aliases, role, relations and the megabyte sentence.
  await page.evaluate((key) => window.__newsgraph!.view.select(key), person.key);
  const details = page.getByTestId('details');
  await expect(details.locator('h2')).toHaveText(/^<img src=x onerror="window\.__pwned=1"> Choe.*…$/);
  expect((await details.locator('h2').textContent())!.length).toBeLessThanOrEqual(80);
  expect(await details.locator('h2').getAttribute('title')).toMatch(/^<img src=x/);
  const term = (name: string) => details.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');
  const aliases = term('Also written');
  await expect(aliases).toContainText('<script>window.__pwned=1</script>, javascript:window.__pwned=1, AAAA');
  await expect(aliases).toContainText('…, Choe Son Hui');
  expect((await aliases.textContent())!.length).toBeLessThanOrEqual(400);
  expect((await term('Role').textContent())!.length).toBeLessThanOrEqual(200);
  const group = details.locator('.relation-group[data-type="attends"]');
  const neighbour = group.locator(`button.neighbour[data-node="${meeting.key}"]`);
  expect((await neighbour.textContent())!.length).toBeLessThanOrEqual(60);
  const relation = group.locator('li', { has: page.locator(`button.neighbour[data-node="${meeting.key}"]`) });
  await relation.locator('summary').click();
  const quote = relation.locator('.evidence q').first();
  await expect(quote).toBeVisible();
  expect((await quote.textContent())!.length).toBeLessThan(700);
  const showAll = quote.getByRole('button', { name: /show all 1,000,0\d\d characters/ });
  await expect(showAll).toBeVisible();
  await showAll.click();
  await expect.poll(async () => (await quote.textContent())!.length).toBeGreaterThan(1_000_000);
  const source = relation.locator('.evidence button.source').first();
  expect((await source.textContent())!.length).toBeLessThan(200);
  await page.screenshot({ path: testInfo.outputPath('hostile-details.png') });

  // The reader: title cut, not a link (its url is javascript:), the text as text.
  await source.click();
  const reader = page.getByTestId('reader');
  await expect(reader).toBeVisible();
  await expect(reader.locator('h2')).toHaveText(/^<script>window\.__pwned=1<\/script>Judul berita .*…$/);
  expect(await reader.locator('h2 a').count()).toBe(0);
  expect((await reader.locator('h2').textContent())!.length).toBeLessThanOrEqual(300);
  expect((await reader.locator('.reader-meta').textContent())!.length).toBeLessThan(150);
  await expect(reader.locator('.reader-text')).toContainText('<script>window.__pwned=1</script> Penutup.');
  await page.screenshot({ path: testInfo.outputPath('hostile-reader.png') });
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();

  // The article with an https url is linked; the javascript: one never is.
  const articleButtons = details.locator('ul.articles button.source');
  await articleButtons.nth(person.attributes.articles.indexOf(second)).click();
  await expect(reader.locator('h2 a')).toHaveAttribute('href', 'https://example.org/berita?<script>');
  await page.keyboard.press('Escape');
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);

  // Chronology and path panel.
  const chronologyItem = page.locator(`#chronology li[data-node="${meeting.key}"]`);
  expect((await chronologyItem.locator('button').textContent())!.length).toBeLessThanOrEqual(90);
  expect((await chronologyItem.locator('.place').textContent())!.length).toBeLessThanOrEqual(40);
  await page.evaluate(([a, b]) => {
    window.__newsgraph!.view.pickPathEnd(a!);
    window.__newsgraph!.view.pickPathEnd(b!);
  }, [person.key, meeting.key]);
  const path = page.getByTestId('path');
  await expect(path.locator('button.neighbour')).toHaveCount(2);
  for (const step of await path.locator('button.neighbour').all()) expect((await step.textContent())!.length).toBeLessThanOrEqual(40);

  // No element was made from the markup, and the page still answers.
  for (const panel of ['#header', '#message', '#details', '#reader', '#path', '#chronology', '#suggestions']) {
    expect(await page.locator(`${panel} script, ${panel} img, ${panel} iframe, ${panel} b`).count(), panel).toBe(0);
  }
  await page.evaluate(() => window.__newsgraph!.view.select(null));
  await expect(page.getByTestId('details')).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('hostile-graph.png') });
});
