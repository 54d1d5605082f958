// On the corpus of 81 articles: details that do not mislead, the page in Indonesian, opened data
// kept in the browser, and the exports an analyst takes elsewhere (FollowTheMoney, PNG).
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { PNG } from 'pngjs';
import { corpusGraph, openCorpus } from './corpus.js';

test.describe.configure({ timeout: 240_000 });

const graph = corpusGraph();
const attrs = (key: string) => graph.nodes.find((n) => n.key === key)!.attributes;
const details = (page: Page) => page.getByTestId('details');
const term = (page: Page, name: string) => details(page).locator('dt', { hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd[1]');
const select = (page: Page, key: string | null) => page.evaluate((k) => window.__newsgraph!.view.select(k), key);

/** The most-mentioned person with a role the page can translate. */
const minister = graph.nodes
  .filter((n) => n.attributes.type === 'person' && (n.attributes.role as string[] | undefined)?.some((r) => /^Menteri Luar Negeri$/i.test(r)))
  .sort((a, b) => b.attributes.mentions - a.attributes.mentions)[0]!;

test('details: status and confidence always shown, dates at their precision, no cue words among names', async ({ page }) => {
  await openCorpus(page);
  const meetings = graph.nodes.filter((n) => n.attributes.type === 'meeting');
  const planned = meetings.find((n) => n.attributes.status === 'planned' && !n.attributes.date) ?? meetings.find((n) => n.attributes.status === 'planned')!;
  await select(page, planned.key);
  await expect(term(page, 'Status')).toHaveText('planned');
  await expect(term(page, 'Confidence')).toHaveText(/^\d\.\d\d \(told in \d+ sentences? of \d+ articles?\)$/);
  await expect(term(page, 'Date')).toHaveText(planned.attributes.date ? String(planned.attributes.date) : /^not given in the text \(reported on \d{4}-\d{2}-\d{2}\)$/);
  // A meeting's cue words are listed as what told it, never as names.
  await expect(details(page).locator('dt', { hasText: /^Also written$/ })).toHaveCount(0);
  const happened = meetings.find((n) => n.attributes.status === 'happened')!;
  await select(page, happened.key);
  await expect(term(page, 'Status')).toHaveText('happened');

  // A node whose relations hold for a year only shows the year, not its first day.
  const yearEdge = graph.edges.find((e) => (e.attributes.dates as string[]).some((d) => d.length === 4) && attrs(e.source).type === 'person')!;
  const year = (yearEdge.attributes.dates as string[]).find((d) => d.length === 4)!;
  await select(page, yearEdge.source);
  const span = (await term(page, 'Evidence dates').textContent())!;
  expect(span).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?( – \d{4}(-\d{2}(-\d{2})?)?)?$/);
  expect(span).not.toContain(`${year}-01-01`);
  // A person's names are names: no meeting cue word among them.
  const aliases = (await term(page, 'Also written').textContent()) ?? '';
  expect(aliases).not.toMatch(/\b(bertemu|kunjungan|pertemuan|met with|meeting)\b/i);
});

test('the path panel shows each step with its relation and evidence; clicking an edge opens its evidence', async ({ page }, testInfo) => {
  await openCorpus(page);
  // Two ends a typed relation apart.
  const edge = graph.edges.find((e) => e.attributes.type === 'attends')!;
  await page.evaluate(([a, b]) => {
    window.__newsgraph!.view.pickPathEnd(a!);
    window.__newsgraph!.view.pickPathEnd(b!);
  }, [edge.source, edge.target]);
  const path = page.getByTestId('path');
  await expect(path).toBeVisible();
  const step = path.locator('li[data-edge]').first();
  await expect(step.locator('.step-relation')).toContainText(/attends|Attends/);
  await expect(step.locator('q.step-evidence')).not.toBeEmpty();
  await step.locator('.step-relation').click();
  await expect(details(page).locator('.edge-heading')).toBeVisible();
  await expect(details(page).locator('.evidence q').first()).not.toBeEmpty();
  await page.screenshot({ path: testInfo.outputPath('path-step-evidence.png') });

  // The canvas's clickEdge (sigma's hit test) goes to the same place.
  const other = graph.edges.find((e) => e.attributes.type === 'role')!;
  await page.evaluate((key) => window.__newsgraph!.sigma.emit('clickEdge', { edge: key } as never), other.key);
  await expect(details(page).locator('.edge-heading')).toContainText(String(attrs(other.source).label).slice(0, 20));
  await expect(term(page, 'Sentences')).toHaveText(String((other.attributes.evidence as unknown[]).length));
});

test('the page in Indonesian: header, details and roles, with the original title beside; the link keeps it', async ({ page }) => {
  await openCorpus(page);
  await page.locator('#lang-switch').click();
  await expect(page.locator('#toggle-left')).toHaveText('Filter');
  await expect(page.locator('#lang-switch')).toHaveText('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await select(page, minister.key);
  await expect(details(page).locator('dt', { hasText: /^Jabatan$/ })).toBeVisible();
  await expect(term(page, 'Jabatan')).toContainText(/Menteri Luar Negeri/i);
  await expect(page).toHaveURL(/lang=id/);
  await page.reload();
  await expect(page.locator('#toggle-left')).toHaveText('Filter');
  // Back in English, the role reads in English with the Indonesian title beside it.
  await page.locator('#lang-switch').click();
  await expect(page.locator('#toggle-left')).toHaveText('Filters');
  await select(page, minister.key);
  await expect(term(page, 'Role')).toContainText(/Foreign Minister \(Menteri Luar Negeri\)/i);
});

test('opened files are kept in the browser: a reload shows them, and the bundled graph is one click away', async ({ page }) => {
  await openCorpus(page);
  await expect(page).toHaveURL(/[#&]data=/);
  await expect(page.locator('#bundled')).toBeVisible();
  // Keeping 1,400 nodes and 81 texts takes a moment: reload once the browser's store holds them.
  const id = /[#&]data=([^&]+)/.exec(page.url())![1]!;
  await expect
    .poll(() => page.evaluate((key) => new Promise<boolean>((resolve) => {
      const open = indexedDB.open('newsgraph');
      open.onsuccess = () => {
        const request = open.result.transaction('graphs').objectStore('graphs').getKey(key);
        request.onsuccess = () => resolve(request.result !== undefined);
        request.onerror = () => resolve(false);
      };
      open.onerror = () => resolve(false);
    }), id), { timeout: 60_000 })
    .toBe(true);
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.__newsgraph?.graph.order), { timeout: 60_000 }).toBe(graph.nodes.length);
  // The texts came back too: evidence reads as sentences.
  expect(await page.evaluate(() => window.__newsgraph!.view.texts.size)).toBeGreaterThanOrEqual(80);
  await page.locator('#bundled').click();
  const bundled = JSON.parse(readFileSync(new URL('../graph/graph.json', import.meta.url), 'utf8')) as { nodes: unknown[] };
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.graph.order)).toBe(bundled.nodes.length);
  await expect(page).not.toHaveURL(/[#&]data=/);
  await expect(page.locator('#bundled')).toBeHidden();
});

async function exportFile(page: Page, testInfo: TestInfo, scope: 'Current view' | 'Whole graph', format: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.locator('#export-menu').getByLabel(scope).check();
  const downloading = page.waitForEvent('download');
  await page.locator('#export-menu').getByRole('menuitem', { name: format }).click();
  const download = await downloading;
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test('exports of the corpus: FollowTheMoney entities with meetings as events, and a PNG at twice the size with a legend', async ({ page }, testInfo) => {
  await openCorpus(page);
  const ftm = readFileSync(await exportFile(page, testInfo, 'Whole graph', 'FollowTheMoney (Aleph)'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const schemas = new Set(ftm.map((e: { schema: string }) => e.schema));
  for (const schema of ['Person', 'Organization', 'Event']) expect(schemas).toContain(schema);
  const events = ftm.filter((e: { schema: string }) => e.schema === 'Event');
  expect(events.length).toBe(graph.nodes.filter((n) => n.attributes.type === 'meeting').length);
  const ids = new Set(ftm.map((e: { id: string }) => e.id));
  for (const event of events as { properties: { involved?: string[]; date?: string[] } }[]) {
    expect(event.properties.involved?.length).toBeGreaterThan(0);
    for (const party of event.properties.involved!) expect(ids.has(party)).toBe(true);
  }
  const png = PNG.sync.read(readFileSync(await exportFile(page, testInfo, 'Current view', 'PNG image')));
  const canvas = await page.evaluate(() => window.__newsgraph!.sigma.getDimensions());
  expect([png.width, png.height]).toEqual([2 * (canvas.width + 180), 2 * (canvas.height + 56)]);
});
