import { describe, expect, it } from 'vitest';
import { toJson } from '../graph/json.js';
import { article } from './__fixtures__/articles.js';
import { buildGraph } from './build.js';
import { extractArticle } from './pipeline.js';
import { resolve } from './resolve.js';
import { articleTexts } from './texts.js';

const HEADLINE = 'Menlu Korut Undang Putin Temui Kim Jong-un Di Pyongyang Bersama Rakyat Banyak';
const extracted = [
  article('b', 'Putin menerima undangan itu.\n\nPresiden Rusia Vladimir Putin tiba di Pyongyang pada Selasa.'),
  article(
    'a',
    `${HEADLINE}\n\nMenlu Korea Utara Choe Son-hui mengundang Presiden Vladimir Putin untuk bertemu Kim Jong-un.\n\n` +
      'Baca juga: Putin Tiba di Hanoi\n\nPutin menerima undangan itu.',
  ),
].map(extractArticle);
const resolution = resolve(extracted);
const graph = buildGraph(extracted, { resolution });
const texts = articleTexts(extracted, resolution);
const spans = (id: string) => {
  const t = texts.find((x) => x.id === id)!;
  return t.mentions.map((m) => `${t.text.slice(m.start, m.end)}=${m.node}`);
};

describe('articleTexts', () => {
  it('gives each article its cleaned text and removed blocks, sorted by id', () => {
    expect(texts.map((t) => t.id)).toEqual(['a', 'b']);
    expect(texts[0]!.text).toBe(extracted[1]!.cleaned.text);
    expect(texts[0]!.text).not.toContain('Baca juga');
    expect(texts[0]!.removed).toEqual([{ text: 'Baca juga: Putin Tiba di Hanoi', reason: 'read-also link' }]);
  });

  it('places mentions in the whole text, in order, each on the node it resolved to', () => {
    expect(spans('b')).toEqual([
      'Putin=person:vladimir-putin',
      'Rusia=country:russia',
      'Vladimir Putin=person:vladimir-putin',
      'Pyongyang=place:pyongyang',
    ]);
    for (const t of texts) {
      const starts = t.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
      for (const m of t.mentions) {
        expect(graph.hasNode(m.node), m.node).toBe(true);
        expect(graph.getNodeAttribute(m.node, 'aliases')).toContain(t.text.slice(m.start, m.end));
      }
    }
  });

  it('keeps the mentions headline filtering kept, not the raw ones it replaced', () => {
    const headline = spans('a').slice(0, 4);
    expect(headline).toEqual([
      'Korut=country:north-korea',
      'Putin=person:vladimir-putin',
      'Kim Jong-un=person:kim-jong-un',
      'Pyongyang=place:pyongyang',
    ]);
    expect(spans('a').some((s) => s.startsWith('Undang'))).toBe(false);
  });

  it('leaves the graph as buildGraph makes it on its own', () => {
    expect(toJson(graph)).toBe(toJson(buildGraph(extracted)));
  });
});
