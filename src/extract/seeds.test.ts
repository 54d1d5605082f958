// What a reader of the seed articles expects to find in their graph, and what must not be there.

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Expectation, scoreEntities } from '../../scripts/entity-score.js';
import { readArticleFile } from '../cli/inputs.js';
import { buildGraph } from './build.js';
import { extractArticle } from './pipeline.js';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const files = readdirSync(SEEDS).sort();
const articles = (await Promise.all(files.map((f) => readArticleFile(join(SEEDS, f))))).flatMap((r) => r.articles);
const graph = buildGraph(articles.map(extractArticle));

const expectation: Expectation = {
  entities: [
    ['person', 'Choe Son Hui'], ['person', 'Sergei Lavrov'], ['person', 'Vladimir Putin'], ['person', 'Kim Jong Un'],
    ['person', 'Kim Jong Il'], ['person', 'Dmitry Peskov'], ['person', 'Maria Zakharova'], ['person', 'Koo Byoung-sam'],
    ['person', 'John Kirby'], ['person', 'Boris Yeltsin'],
    ['country', 'North Korea'], ['country', 'Russia'], ['country', 'United States'], ['country', 'Ukraine'], ['country', 'South Korea'],
    ['place', 'Moscow'], ['place', 'Pyongyang'], ['place', 'Kosmodrom Vostochny|Vostochny'], ['place', 'Semenanjung Korea'],
    ['place', 'Washington'], ['place', 'Tichoretsk'],
    ['organization', 'United Nations'], ['organization', 'Kremlin'], ['media', 'KCNA'], ['place', 'Gedung Putih|White House'],
    ['weapon', 'hypersonic missile'], ['weapon', 'ballistic missile'], ['weapon', 'Hwasong'], ['weapon', 'ammunition'],
    ['weapon', 'artillery|artillery shell|artillery ammunition'], ['weapon', 'spy satellite'],
  ],
  optional: [],
  boilerplate: [
    'Netanyahu', 'Rafah', 'Columbia', 'Universitas Columbia', 'Hamas', 'Blinken', 'Taliban', 'Israel', 'Gaza', 'Donetsk',
    'Semenivka', 'Kharkiv', 'Hwasong-11', 'Taiwan', 'India', 'Irak', 'Atika Pusagawanti', 'Artem Geodakyan',
    'Maxim Shemetov', 'Aditya Jaya Iswara', 'WhatsApp', 'Google News', 'nuclear weapon',
  ],
};

describe('the seeds graph', () => {
  const score = scoreEntities(graph, expectation);

  it('has every person, country, place, organization and weapon the stories are about', () => {
    expect(score.missed).toEqual([]);
  });

  it('has nothing from the pages\' boilerplate', () => {
    expect(score.leaked).toEqual([]);
  });

  it('has each entity once, with the aliases of every article', () => {
    const labelsOf = (type: string, pattern: RegExp) =>
      graph.filterNodes((_, a) => a.type === type && a.aliases.some((x) => pattern.test(x))).map((n) => graph.getNodeAttribute(n, 'label'));
    expect(labelsOf('person', /^Cho(e)? Son[- ][Hh]ui$/)).toHaveLength(1);
    expect(labelsOf('person', /Lavrov/)).toHaveLength(1);
    expect(labelsOf('person', /^Kim Jong[- ][Uu]n$/)).toHaveLength(1);
    expect(labelsOf('country', /^(Korut|Korea Utara)$/)).toEqual(['North Korea']);
    const northKorea = graph.getNodeAttributes('country:north-korea');
    expect(northKorea.aliases).toEqual(expect.arrayContaining(['Korea Utara', 'Korut', 'Republik Demokratik Rakyat Korea']));
    expect(northKorea.articles).toHaveLength(5);
    const lavrov = graph.findNode((_, a) => a.type === 'person' && a.aliases.includes('Sergey Lavrov'));
    expect(graph.getNodeAttribute(lavrov!, 'aliases')).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov']));
    const moscow = graph.getNodeAttributes('place:moscow');
    expect(moscow.aliases).toEqual(expect.arrayContaining(['Moskow', 'Moskwa']));
    expect(moscow.country).toBe('Russia');
  });

  it('keeps Kim Jong Un and his father apart', () => {
    const kims = graph.filterNodes((_, a) => a.type === 'person' && /^Kim Jong/.test(a.label));
    expect(kims).toHaveLength(2);
  });

  it('links people to the country they serve, with the title', () => {
    const role = graph.findEdge((_, a, s, t) => a.type === 'role' && /Lavrov/.test(graph.getNodeAttribute(s, 'label')) && t === 'country:russia');
    expect(role).toBeDefined();
    expect(graph.getEdgeAttribute(role!, 'label')).toMatch(/Menteri Luar Negeri|Menlu/);
    expect(graph.hasEdge('located_in:place:moscow->country:russia')).toBe(true);
  });

  it('dates evidence by the sentence, else by the publication date', () => {
    const yeltsin = graph.findNode((_, a) => a.label === 'Boris Yeltsin')!;
    expect(graph.getNodeAttribute(yeltsin, 'start')).toMatch(/^1999-/);
    const [evidence] = graph.getEdgeAttribute(graph.edges(yeltsin)[0]!, 'evidence');
    expect(evidence!.date).toMatch(/^1999/);
    for (const edge of graph.edges()) {
      const a = graph.getEdgeAttributes(edge);
      expect(a.start <= a.end).toBe(true);
      for (const e of a.evidence) expect(graph.getAttribute('articles').some((x) => x.id === e.article)).toBe(true);
    }
  });
});
