// The reader in node: vitest has no browser DOM here (and jsdom is not a dependency), so a tiny
// stand-in document records what the panel builds. It implements only createElement,
// createTextNode and the element members the reader uses; innerHTML and insertAdjacentHTML
// throw, so any HTML parsing of article text fails the test. The real DOM is covered by e2e.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleMeta, ArticleText, NodeType } from '../../graph/types.js';
import { renderReader, type ReaderInput } from './reader.js';

class FakeText {
  constructor(readonly data: string) {}
  get textContent(): string {
    return this.data;
  }
}

class FakeElement {
  children: (FakeElement | FakeText)[] = [];
  className = '';
  hidden = true;
  type = '';
  title = '';
  href = '';
  target = '';
  rel = '';
  dataset: Record<string, string> = {};
  attributes: Record<string, string> = {};
  styles: Record<string, string> = {};
  style = { setProperty: (name: string, value: string) => void (this.styles[name] = value) };
  scrolledTo = false;
  private listeners: (() => void)[] = [];
  constructor(readonly tagName: string) {}
  get textContent(): string {
    return this.children.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    this.children = text ? [new FakeText(text)] : [];
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML must not be used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML must not be used');
  }
  append(...nodes: (FakeElement | FakeText | string)[]): void {
    for (const n of nodes) this.children.push(typeof n === 'string' ? new FakeText(n) : n);
  }
  replaceChildren(...nodes: (FakeElement | FakeText)[]): void {
    this.children = [];
    this.append(...nodes);
  }
  setAttribute(name: string, value: string): void {
    this.attributes[name] = value;
  }
  addEventListener(type: string, listener: () => void): void {
    if (type === 'click') this.listeners.push(listener);
  }
  click(): void {
    for (const listener of this.listeners) listener();
  }
  scrollIntoView(): void {
    this.scrolledTo = true;
  }
  /** Every element below, depth first. */
  all(): FakeElement[] {
    return this.children.flatMap((c) => (c instanceof FakeElement ? [c, ...c.all()] : []));
  }
  find(className: string): FakeElement[] {
    return this.all().filter((e) => e.className.split(' ').includes(className));
  }
}

const created: string[] = [];
beforeAll(() => {
  vi.stubGlobal('document', {
    createElement: (tag: string) => (created.push(tag), new FakeElement(tag)),
    createTextNode: (text: string) => new FakeText(text),
  });
});
afterAll(() => vi.unstubAllGlobals());

const META: ArticleMeta = {
  id: 'a1',
  title: 'Menlu Korut ke Rusia',
  published: '2024-01-16',
  source: 'Kompas',
  lang: 'id',
  file: 'a1.txt',
  url: 'javascript:alert(1)',
};
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const STORY = `Menlu Korut ke Rusia\n\nChoe Son-hui tiba di Moskow. ${HOSTILE} Lavrov menyambutnya.\n\nPutin tidak hadir.`;
const span = (text: string, node: string) => ({ start: STORY.indexOf(text), end: STORY.indexOf(text) + text.length, node });
const sentenceAt = (text: string): [number, number] => [STORY.indexOf(text), STORY.indexOf(text) + text.length];
const TEXT: ArticleText = {
  id: 'a1',
  text: STORY,
  sentences: [sentenceAt('Menlu Korut ke Rusia'), sentenceAt('Choe Son-hui tiba di Moskow.'), sentenceAt('Putin tidak hadir.')],
  removed: [
    { text: 'Baca juga: Kim Jong Un ke Rusia', reason: 'read-also link' },
    { text: `Foto: ${HOSTILE}`, reason: 'photo caption' },
  ],
  mentions: [
    span('Korut', 'country:north-korea'),
    span('Choe Son-hui', 'person:choe-son-hui'),
    span('Moskow', 'place:moscow'),
    span('Lavrov', 'person:sergei-lavrov'),
    span('Putin', 'person:gone-from-this-graph'),
  ],
};
const TYPES: Record<string, NodeType> = {
  'country:north-korea': 'country',
  'person:choe-son-hui': 'person',
  'place:moscow': 'place',
  'person:sergei-lavrov': 'person',
};

function render(input: Partial<ReaderInput> = {}) {
  const container = new FakeElement('aside');
  const onNode = vi.fn();
  const onClose = vi.fn();
  created.length = 0;
  renderReader(container as unknown as HTMLElement, {
    meta: META,
    text: TEXT,
    typeOf: (node) => TYPES[node],
    colorOf: (type) => `#${type.length}00`,
    onNode,
    onClose,
    ...input,
  });
  return { container, onNode, onClose };
}

describe('renderReader', () => {
  it('shows the metadata, and the story one paragraph per line', () => {
    const { container } = render();
    expect(container.hidden).toBe(false);
    expect(container.find('reader-title')[0]!.textContent).toBe('Menlu Korut ke Rusia');
    // A javascript: URL is not made a link.
    expect(container.all().some((e) => e.tagName === 'a')).toBe(false);
    expect(container.find('reader-meta')[0]!.textContent).toBe('Kompas · 2024-01-16 · Indonesian');
    const paragraphs = container.find('reader-text')[0]!.children as FakeElement[];
    expect(paragraphs.map((p) => p.textContent)).toEqual(STORY.split(/\n+/));
  });

  it('makes each mention a button for its node, coloured by type, and a plain word when the graph lacks the node', () => {
    const { container, onNode } = render();
    const buttons = container.find('reader-mention');
    expect(buttons.map((b) => `${b.textContent}=${b.dataset.node}:${b.dataset.type}`)).toEqual([
      'Korut=country:north-korea:country',
      'Choe Son-hui=person:choe-son-hui:person',
      'Moskow=place:moscow:place',
      'Lavrov=person:sergei-lavrov:person',
    ]);
    expect(buttons[2]!.styles['--mention-color']).toBe('#500');
    buttons[1]!.click();
    expect(onNode).toHaveBeenCalledWith('person:choe-son-hui');
  });

  it('marks the focus sentence and scrolls to it', () => {
    const sentence = 'Choe Son-hui tiba di Moskow.';
    const { container } = render({ focusSentence: 1 });
    const marks = container.all().filter((e) => e.tagName === 'mark');
    expect(marks.map((m) => m.textContent)).toEqual([sentence]);
    expect(marks[0]!.find('reader-mention').map((b) => b.textContent)).toEqual(['Choe Son-hui', 'Moskow']);
    expect(marks[0]!.scrolledTo).toBe(true);
    expect(render({ focusSentence: 7 }).container.all().some((e) => e.tagName === 'mark')).toBe(false);
  });

  it('shows markup in the text as characters and creates no element from it', () => {
    const { container } = render();
    expect(container.textContent).toContain(HOSTILE);
    expect(created).not.toContain('script');
    expect(created).not.toContain('img');
  });

  it('lists what cleaning removed, with reasons, in a collapsible section', () => {
    const { container } = render();
    const removed = container.find('reader-removed')[0]!;
    expect(removed.tagName).toBe('details');
    expect(removed.children[0]!.textContent).toBe('Removed by cleaning (2)');
    expect(removed.find('reader-removed-reason').map((e) => e.textContent)).toEqual(['read-also link', 'photo caption']);
    expect(removed.find('reader-removed-text')[1]!.textContent).toBe(`Foto: ${HOSTILE}`);
  });

  it('says the text is missing when there is no articles.json, and closes', () => {
    const { container, onClose } = render({ text: undefined });
    expect(container.find('reader-missing')[0]!.textContent).toMatch(/full text of this article is not available/);
    expect(container.find('reader-title')[0]!.textContent).toBe(META.title);
    expect(container.find('reader-text')).toEqual([]);
    container.find('reader-close')[0]!.click();
    expect(onClose).toHaveBeenCalled();
  });
});
