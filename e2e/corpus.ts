// The corpus the viewer's page tests run on: the annotated articles in
// src/extract/__fixtures__/unseen/ (81 Indonesian and English news pages, boilerplate and all),
// extracted once by the CLI before the tests (e2e/global-setup.ts) and opened through Open….
// The held-out rounds (scripts/held-out.ts) are never read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { isHeldOut } from '../scripts/held-out.js';
import { graphExport } from './support.js';

export const FIXTURES = 'src/extract/__fixtures__/unseen';
export const CORPUS_DIR = '.e2e-corpus';

export const corpusArticles = (): string[] =>
  readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt') && !isHeldOut(name))
    .sort()
    .map((name) => join(FIXTURES, name));

export interface CorpusGraph {
  nodes: { key: string; attributes: Record<string, unknown> & { label: string; type: string; aliases: string[]; mentions: number } }[];
  edges: { key: string; source: string; target: string; undirected?: boolean; attributes: Record<string, unknown> & { type: string } }[];
}

/** The corpus's graph.json with its lean edges filled in, as the viewer reads it. */
export const corpusGraph = (): CorpusGraph => graphExport(join(CORPUS_DIR, 'graph.json')) as unknown as CorpusGraph;

/** Opens the corpus's graph.json and articles.json in the viewer, as a user would with Open…. */
export async function openCorpus(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await page.getByTestId('open-input').setInputFiles([join(CORPUS_DIR, 'graph.json'), join(CORPUS_DIR, 'articles.json')]);
  await expect.poll(() => page.evaluate(() => window.__newsgraph!.graph.order), { timeout: 60_000 }).toBe(corpusGraph().nodes.length);
}
