import { describe, expect, it } from 'vitest';
import { fixtureGraph } from './fixture.js';
import { applyCorrections, correctionsJson, movedMentions, parseCorrections, type Correction } from './corrections.js';

const at = '2026-01-01T00:00:00.000Z';

describe('corrections', () => {
  it('merges a node into another: names, counts, articles and relations join', () => {
    const graph = fixtureGraph();
    const [a, b] = graph.filterNodes((_n, attrs) => attrs.type === 'person');
    const before = { a: graph.getNodeAttributes(a!), b: graph.getNodeAttributes(b!), edges: graph.degree(a!) + graph.degree(b!) };
    const { skipped, moved } = applyCorrections(graph, [{ op: 'merge', key: a!, into: b!, at }]);
    expect(skipped).toEqual([]);
    expect(graph.hasNode(a!)).toBe(false);
    const merged = graph.getNodeAttributes(b!);
    expect(merged.aliases).toEqual(expect.arrayContaining([before.a.label, before.b.label, ...before.a.aliases]));
    expect(merged.mentions).toBe(before.a.mentions + before.b.mentions);
    expect(merged.articles).toEqual([...new Set([...before.a.articles, ...before.b.articles])].sort());
    expect(graph.degree(b!)).toBeGreaterThan(0);
    expect(graph.degree(b!)).toBeLessThanOrEqual(before.edges);
    expect(moved.get(a!)).toBe(b);
    expect(movedMentions([{ start: 0, end: 1, node: a! }], moved)).toEqual([{ start: 0, end: 1, node: b! }]);
  });

  it('renames keeping the old name as an alias, changes type under the new key, deletes, and rejects only meetings', () => {
    const graph = fixtureGraph();
    const person = graph.filterNodes((_n, attrs) => attrs.type === 'person')[0]!;
    const org = graph.filterNodes((_n, attrs) => attrs.type === 'organization')[0]!;
    const meeting = graph.filterNodes((_n, attrs) => attrs.type === 'meeting')[0]!;
    const old = graph.getNodeAttribute(person, 'label');
    const { skipped } = applyCorrections(graph, [
      { op: 'rename', key: person, label: 'New Name', at },
      { op: 'retype', key: person, type: 'organization', at },
      { op: 'reject', key: org, at },
      { op: 'delete', key: org, at },
      { op: 'reject', key: meeting, at },
    ]);
    const retyped = `organization:${person.slice(person.indexOf(':') + 1)}`;
    expect(graph.getNodeAttributes(retyped)).toMatchObject({ label: 'New Name', type: 'organization' });
    expect(graph.getNodeAttribute(retyped, 'aliases')).toContain(old);
    expect(graph.hasNode(person)).toBe(false);
    expect(graph.hasNode(org)).toBe(false);
    expect(graph.hasNode(meeting)).toBe(false);
    expect(skipped.map((s) => [s.index, s.reason])).toEqual([[2, `${org} is not a meeting`]]);
  });

  it('reports a correction whose key the graph no longer has', () => {
    const graph = fixtureGraph();
    const order = graph.order;
    const { skipped } = applyCorrections(graph, [{ op: 'delete', key: 'person:nobody', at }]);
    expect(skipped).toEqual([{ index: 0, correction: { op: 'delete', key: 'person:nobody', at }, reason: 'no node person:nobody in this graph' }]);
    expect(graph.order).toBe(order);
  });

  it('round-trips through corrections.json and names what is wrong in a bad file', () => {
    const list: Correction[] = [
      { op: 'merge', key: 'person:a', into: 'person:b', at },
      { op: 'retype', key: 'person:c', type: 'place', at },
    ];
    expect(parseCorrections(correctionsJson(list), 'c.json')).toEqual(list);
    expect(() => parseCorrections('{"corrections":[{"op":"explode","key":"x","at":""}]}', 'c.json')).toThrow(/^c\.json: .*corrections\[0\]\.op.*should be one of/);
    expect(() => parseCorrections('nope', 'c.json')).toThrow(/^c\.json: not JSON/);
  });
});
