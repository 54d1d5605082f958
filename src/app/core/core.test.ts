import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../graph/fixture.js';
import { dayNumber, isIsoDay, isoOfDay } from '../../graph/days.js';
import { drawnGraph, parallelCurvatures } from './display.js';
import { computeVisible, defaultFilters } from './filters.js';
import { histogram } from './histogram.js';
import { shortestPath } from './path.js';
import { indexSearch, search } from './search.js';
import { activeIn, indexTimeline } from './timeline.js';
import { fromHash, toHash } from './url-state.js';

const window = (from: string, to: string) => ({ from: dayNumber(from), to: dayNumber(to) });

describe('days', () => {
  it('round-trips ISO days, leap days included, and rejects impossible ones', () => {
    for (const day of ['1970-01-01', '2000-02-29', '2024-01-16', '1999-12-31']) expect(isoOfDay(dayNumber(day))).toBe(day);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
  });
});

describe('timeline and filters', () => {
  const graph = fixtureGraph();
  const timeline = indexTimeline(graph);

  it('spans from the earliest to the latest dated evidence, a year counting as all its days', () => {
    expect(timeline.extent).toEqual(window('2000-01-01', '2024-01-16'));
  });

  it('keeps only edges with evidence in the window, and the nodes they touch', () => {
    const active = activeIn(timeline, window('2024-01-01', '2024-01-31'));
    expect([...active.edges]).toEqual(['co_mention:person:sergei-lavrov--country:north-korea']);
    expect([...active.nodes].sort()).toEqual(['country:north-korea', 'person:sergei-lavrov']);
    // A month-precise date holds for every day of the month.
    expect(activeIn(timeline, window('2023-09-20', '2023-09-20')).edges).toContain('held_in:meeting:kim-putin-vostochny-2023->place:pyongyang');
  });

  it('dates an edgeless node by its own first and last evidence', () => {
    expect(activeIn(timeline, window('2000-06-01', '2000-06-01')).nodes).toContain('event:uji-coba-rudal');
    expect(activeIn(timeline, window('2001-06-01', '2001-06-01')).nodes).not.toContain('event:uji-coba-rudal');
  });

  it('filters by node type, relation type and minimum mentions; an edge needs both ends', () => {
    const all = computeVisible(graph, timeline, defaultFilters());
    expect(all.nodes.size).toBe(graph.order);
    expect(all.edges.size).toBe(graph.size);

    const noPeople = computeVisible(graph, timeline, { ...defaultFilters(), hiddenNodeTypes: ['person'] });
    expect(noPeople.nodes.has('person:sergei-lavrov')).toBe(false);
    expect([...noPeople.edges].some((e) => e.includes('person:'))).toBe(false);

    const typedOnly = computeVisible(graph, timeline, { ...defaultFilters(), hiddenEdgeTypes: ['co_mention'] });
    expect([...typedOnly.edges].every((e) => graph.getEdgeAttribute(e, 'type') !== 'co_mention')).toBe(true);
    expect(typedOnly.edges.size).toBe(graph.size - 2);

    const frequent = computeVisible(graph, timeline, { ...defaultFilters(), minMentions: 5 });
    expect([...frequent.nodes].sort()).toEqual(['country:north-korea', 'country:russia', 'person:sergei-lavrov']);
  });

  it('hides undated items as soon as a window is set', () => {
    const dated = computeVisible(graph, timeline, { ...defaultFilters(), window: window('2023-07-12', '2023-07-12') });
    expect([...dated.edges]).toEqual(['tests:country:north-korea->weapon:hwasong-18']);
    expect([...dated.nodes].sort()).toEqual(['country:north-korea', 'weapon:hwasong-18']);
  });
});

describe('histogram', () => {
  const days = Int32Array.from(['2024-01-01', '2024-01-01', '2024-01-03', '2024-03-15'].map(dayNumber));

  it('counts per day over a short span', () => {
    const { unit, buckets } = histogram(days, window('2024-01-01', '2024-01-03'));
    expect(unit).toBe('day');
    expect(buckets.map((b) => b.count)).toEqual([2, 0, 1]);
  });

  it('counts per ISO week (from Monday) over months and per month over years', () => {
    const weekly = histogram(days, window('2024-01-01', '2024-06-30'));
    expect(weekly.unit).toBe('week');
    expect(isoOfDay(weekly.buckets[0]!.from)).toBe('2024-01-01'); // a Monday
    expect(weekly.buckets[0]!.count).toBe(3);
    expect(weekly.buckets.reduce((n, b) => n + b.count, 0)).toBe(4);

    const monthly = histogram(days, window('2022-05-10', '2024-12-31'));
    expect(monthly.unit).toBe('month');
    expect(isoOfDay(monthly.buckets[0]!.from)).toBe('2022-05-01');
    const january = monthly.buckets.find((b) => isoOfDay(b.from) === '2024-01-01')!;
    expect([january.count, isoOfDay(january.to)]).toEqual([3, '2024-01-31']);
  });
});

describe('search', () => {
  const index = indexSearch(fixtureGraph());

  it('finds a node by an alias in the other language, case-insensitively', () => {
    expect(search(index, 'korut')[0]).toMatchObject({ node: 'country:north-korea', label: 'North Korea', via: 'Korut' });
    expect(search(index, 'Rusia')[0]).toMatchObject({ node: 'country:russia' });
  });

  it('ranks prefixes before matches inside a word, then by mentions', () => {
    const hits = search(index, 'kor').map((s) => s.node);
    expect(hits[0]).toBe('country:north-korea');
    expect(search(index, 'lav')[0]!.node).toBe('person:sergei-lavrov');
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzz')).toEqual([]);
  });
});

describe('shortest path', () => {
  const graph = fixtureGraph();
  const timeline = indexTimeline(graph);

  it('follows shown relations in either direction', () => {
    const visible = computeVisible(graph, timeline, defaultFilters());
    // held_in points meeting → place and attends person → meeting: the path walks both backwards.
    const path = shortestPath(graph, visible, 'place:pyongyang', 'person:kim-jong-un')!;
    expect(path.nodes).toEqual(['place:pyongyang', 'meeting:kim-putin-vostochny-2023', 'person:kim-jong-un']);
    expect(path.edges).toEqual([
      'held_in:meeting:kim-putin-vostochny-2023->place:pyongyang',
      'attends:person:kim-jong-un->meeting:kim-putin-vostochny-2023',
    ]);
    expect(shortestPath(graph, visible, 'person:sergei-lavrov', 'weapon:hwasong-18')!.nodes).toEqual([
      'person:sergei-lavrov',
      'country:north-korea',
      'weapon:hwasong-18',
    ]);
    expect(shortestPath(graph, visible, 'place:pyongyang', 'weapon:hwasong-18')).toBeNull();
  });

  it('finds none when the filters cut the chain', () => {
    const visible = computeVisible(graph, timeline, { ...defaultFilters(), hiddenNodeTypes: ['meeting'] });
    expect(shortestPath(graph, visible, 'place:pyongyang', 'person:kim-jong-un')).toBeNull();
  });
});

describe('URL state', () => {
  it('round-trips selection, filters, date window, size mode and camera', () => {
    const state = {
      selected: 'person:sergei-lavrov',
      filters: { hiddenNodeTypes: ['weapon' as const], hiddenEdgeTypes: ['co_mention' as const], minMentions: 3, window: window('2023-09-01', '2024-01-31') },
      sizeBy: 'betweenness' as const,
      colorBy: 'community' as const,
      focus: { roots: ['person:sergei-lavrov', 'country:russia'], hops: 2 as const, hideIsolated: true },
      lang: 'id' as const,
      data: 'abc123',
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
    };
    const hash = toHash(state);
    expect(hash).toContain('dates=2023-09-01..2024-01-31');
    expect(fromHash(hash)).toEqual(state);
  });

  it('opens malformed links on the defaults instead of failing', () => {
    const state = fromHash('#hide=person,bogus&min=-4&dates=2024-02-30..2024-03-01&camera=1,2&size=huge');
    expect(state.filters).toEqual({ ...defaultFilters(), hiddenNodeTypes: ['person'] });
    expect(state.camera).toBeNull();
    expect(state.sizeBy).toBe('mentions');
    expect(toHash(fromHash(''))).toBe('');
  });
});

describe('parallel curvatures', () => {
  it('curves the relations that share a pair apart and leaves single edges straight', () => {
    const graph = fixtureGraph();
    const curves = parallelCurvatures(graph);
    const pair = ['co_mention:country:north-korea--country:russia', 'supplies:country:north-korea->country:russia'];
    expect(pair.map((e) => Math.abs(curves.get(e)!))).toEqual([0.125, 0.125]);
    expect(Math.sign(curves.get(pair[0]!)!)).not.toBe(Math.sign(curves.get(pair[1]!)!));
    expect(curves.get('tests:country:north-korea->weapon:hwasong-18')).toBe(0);
  });

  it('fans a large bundle within the width of five edges, each edge still apart', () => {
    const graph = fixtureGraph();
    const [a, b] = graph.nodes() as [string, string];
    for (let i = 0; i < 21; i++) graph.addDirectedEdgeWithKey(`bundle:${String(i).padStart(2, '0')}`, a, b, graph.getEdgeAttributes(graph.edges()[0]!));
    const curves = parallelCurvatures(graph);
    const bundle = graph.edges(a, b).map((e) => curves.get(e)!);
    expect(Math.max(...bundle.map(Math.abs))).toBeCloseTo(0.5);
    expect(new Set(bundle).size).toBe(bundle.length);
  });
});

describe('drawn graph', () => {
  it('holds exactly the visible nodes and edges, in the graph order, with their directions and the same attributes', () => {
    const graph = fixtureGraph();
    const visible = computeVisible(graph, indexTimeline(graph), { ...defaultFilters(), hiddenNodeTypes: ['person'] });
    const drawn = drawnGraph(graph, visible);
    expect(drawn.nodes()).toEqual(graph.nodes().filter((n) => visible.nodes.has(n)));
    expect(drawn.edges()).toEqual(graph.edges().filter((e) => visible.edges.has(e)));
    for (const edge of drawn.edges()) {
      expect(drawn.extremities(edge)).toEqual(graph.extremities(edge));
      expect(drawn.isDirected(edge)).toBe(graph.isDirected(edge));
    }
    // Shared, so a layout moving the whole graph's nodes moves the drawn ones.
    const node = drawn.nodes()[0]!;
    expect(drawn.getNodeAttributes(node)).toBe(graph.getNodeAttributes(node));
    expect(drawn.nodes().some((n) => graph.getNodeAttribute(n, 'type') === 'person')).toBe(false);
  });
});
