// What the browser tests share: watching a page for errors and CSP violations, recording the
// progress labels it shows, and the viewer's count line.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fromJson } from '../src/graph/json.js';

export interface Watch {
  errors: string[];
  csp: string[];
}

export const watch = (page: Page): Watch => {
  const w: Watch = { errors: [], csp: [] };
  page.on('pageerror', (error) => w.errors.push(error.message));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) w.csp.push(message.text());
  });
  return w;
};

/**
 * Before the page loads: CSP violations go to `window.__csp`, and every progress label the page
 * shows, however briefly, to `window.__progress` as [page time, label].
 */
export const instrument = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __progress: [number, string][] };
    w.__csp = [];
    w.__progress = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('DOMContentLoaded', () => {
      const label = document.getElementById('progress-label');
      if (!label) return;
      new MutationObserver(() => w.__progress.push([performance.now(), label.textContent ?? ''])).observe(label, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });

/** The progress labels recorded so far, in order. */
export const progressLabels = (page: Page) =>
  page.evaluate(() => (window as unknown as { __progress: [number, string][] }).__progress.map(([, label]) => label));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const countText = (nodes: number, edges: number) => `${plural(nodes, 'node')}, ${plural(edges, 'edge')} shown`;

/** A graph.json as graphology's full export: its lean edges filled in as the viewer reads them. */
export const graphExport = (path: string | URL) => fromJson(readFileSync(path, 'utf8')).export();

/** The bundled graph/graph.json, so. */
export const bundledGraphExport = () => graphExport(new URL('../graph/graph.json', import.meta.url));
