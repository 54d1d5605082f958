// Curation in the viewer: merge, rename, change type, delete and mark a meeting wrong, each
// undone; corrections.json saved from the viewer and applied by `newsgraph extract --corrections`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { corpusGraph, openCorpus } from './corpus.js';

// Each test opens the 1,400-node corpus, and a correction remounts it: slow on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const nodeAttr = (page: Page, key: string) =>
  page.evaluate((k) => (window.__newsgraph!.graph.hasNode(k) ? window.__newsgraph!.graph.getNodeAttributes(k) : null), key);
const select = (page: Page, key: string) => page.evaluate((k) => window.__newsgraph!.view.select(k), key);
const count = (page: Page) => page.locator('#corrections-count');

async function openForm(page: Page, key: string) {
  await select(page, key);
  const form = page.locator('#curation-form');
  await form.locator('summary').click();
  return form;
}

test('merge, rename, change type, delete and mark a meeting wrong on the corpus, each with undo', async ({ page }, testInfo) => {
  const graph = corpusGraph();
  const people = graph.nodes.filter((n) => n.attributes.type === 'person').sort((a, b) => b.attributes.mentions - a.attributes.mentions);
  const [a, b] = [people[0]!, people[1]!];
  const meeting = graph.nodes.find((n) => n.attributes.type === 'meeting')!;
  await openCorpus(page);

  let form = await openForm(page, a.key);
  await page.screenshot({ path: testInfo.outputPath('curation-desktop.png') });
  await form.locator('#merge-input').fill(`${b.attributes.label} (person)`);
  await form.locator('#merge').click();
  await expect(count(page)).toHaveText('1 correction');
  expect(await nodeAttr(page, a.key)).toBeNull();
  expect((await nodeAttr(page, b.key))!.aliases).toEqual(expect.arrayContaining([a.attributes.label, b.attributes.label]));
  await expect(page.getByTestId('details').locator('h2')).toHaveText(b.attributes.label);
  await page.locator('#undo').click();
  await expect(count(page)).toHaveText('0 corrections');
  expect(await nodeAttr(page, a.key)).not.toBeNull();

  form = await openForm(page, a.key);
  await form.locator('#rename-input').fill('Renamed By Hand');
  await form.locator('#rename').click();
  expect((await nodeAttr(page, a.key))!.label).toBe('Renamed By Hand');
  await page.locator('#undo').click();
  expect((await nodeAttr(page, a.key))!.label).toBe(a.attributes.label);

  form = await openForm(page, a.key);
  await form.locator('#retype-select').selectOption('organization');
  await form.locator('#retype').click();
  const retyped = `organization:${a.key.slice('person:'.length)}`;
  expect((await nodeAttr(page, retyped))!.type).toBe('organization');
  await page.locator('#undo').click();
  expect(await nodeAttr(page, retyped)).toBeNull();

  form = await openForm(page, a.key);
  await form.locator('#delete-node').click();
  expect(await nodeAttr(page, a.key)).toBeNull();
  await page.locator('#undo').click();
  expect(await nodeAttr(page, a.key)).not.toBeNull();

  form = await openForm(page, meeting.key);
  await form.locator('#reject-meeting').click();
  expect(await nodeAttr(page, meeting.key)).toBeNull();
  await expect(count(page)).toHaveText('1 correction');
  await page.locator('#undo').click();
  expect(await nodeAttr(page, meeting.key)).not.toBeNull();
  await expect(count(page)).toHaveText('0 corrections');
});

test('a merge saved from the viewer is applied by newsgraph extract --corrections on the seeds', async ({ page }, testInfo) => {
  await page.goto('./');
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  const [a, b] = await page.evaluate(() =>
    window.__newsgraph!.graph.filterNodes((_n, attrs) => attrs.type === 'person').map((n) => [n, window.__newsgraph!.graph.getNodeAttribute(n, 'label')]),
  );
  const form = await openForm(page, a![0]!);
  await form.locator('#merge-input').fill(`${b![1]} (person)`);
  await form.locator('#merge').click();
  await expect(count(page)).toHaveText('1 correction');
  const download = page.waitForEvent('download');
  await page.locator('#save-corrections').click();
  const saved = testInfo.outputPath('corrections.json');
  await (await download).saveAs(saved);
  const file = JSON.parse(readFileSync(saved, 'utf8'));
  expect(file.corrections).toMatchObject([{ op: 'merge', key: a![0], into: b![0] }]);

  // One correction more whose node the seeds do not have: reported, not dropped silently.
  writeFileSync(saved, JSON.stringify({ corrections: [...file.corrections, { op: 'delete', key: 'person:nobody-at-all', at: 'x' }] }));
  const out = mkdtempSync(join(tmpdir(), 'corrected-'));
  const run = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'extract', 'seeds', '--out', out, '--corrections', saved, '--no-cache'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(run).toContain(`Corrections: 1 of 2 applied from ${saved}`);
  const written = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { aliases: string[] } }[] };
  expect(written.nodes.some((n) => n.key === a![0])).toBe(false);
  const merged = written.nodes.find((n) => n.key === b![0])!;
  expect(merged.attributes.aliases).toEqual(expect.arrayContaining([a![1], b![1]]));
});

test('on a phone the curation form is in the details sheet, and the canvas keeps the top of the screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const graph = corpusGraph();
  const person = graph.nodes.filter((n) => n.attributes.type === 'person').sort((a, b) => b.attributes.mentions - a.attributes.mentions)[1]!;
  await openCorpus(page);
  await page.locator('#search').fill(person.attributes.label);
  await page.locator('#search').press('Enter');
  const form = page.locator('#curation-form');
  await form.locator('summary').click();
  await form.locator('#merge-input').scrollIntoViewIfNeeded();
  await expect(form.locator('#merge')).toBeVisible();
  // The sheet rises from the bottom; the canvas is still what sits under the top third of the screen.
  const top = await page.evaluate(() => document.elementFromPoint(195, 300)?.closest('#graph') !== null);
  expect(top).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('curation-phone.png') });
});
