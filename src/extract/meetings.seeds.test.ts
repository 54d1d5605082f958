// The reader's list of meetings in the seed stories, and the supply and testing claims with who
// makes them: end to end, from the files to the graph.

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../cli/inputs.js';
import { buildGraph } from './build.js';
import { extractArticle } from './pipeline.js';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const files = readdirSync(SEEDS).sort();
const articles = (await Promise.all(files.map((f) => readArticleFile(join(SEEDS, f))))).flatMap((r) => r.articles);
const graph = buildGraph(articles.map(extractArticle));

const attendees = (key: string) =>
  graph
    .inEdges(key)
    .filter((e) => graph.getEdgeAttribute(e, 'type') === 'attends')
    .map((e) => graph.source(e))
    .sort();

const meetingsWith = (...people: string[]) =>
  graph.filterNodes((key, a) => a.type === 'meeting' && JSON.stringify(attendees(key)) === JSON.stringify([...people].sort()));

describe('meetings in the seeds', () => {
  it('the Choe–Lavrov talks of 16 January 2024, once, told by three articles', () => {
    const [key, ...rest] = meetingsWith('person:choe-son-hui', 'person:sergei-lavrov');
    expect(rest).toEqual([]);
    const a = graph.getNodeAttributes(key!);
    expect(a).toMatchObject({ date: '2024-01-16', status: 'happened', place: 'Russia' });
    expect(a.articles.length).toBeGreaterThanOrEqual(3);
    expect(a.label).toBe('Choe Son Hui – Sergei Lavrov, Russia, 2024-01-16');
  });

  it("Choe's reception by Putin in Moscow on 16 January 2024", () => {
    const [key, ...rest] = meetingsWith('person:choe-son-hui', 'person:vladimir-putin');
    expect(rest).toEqual([]);
    expect(graph.getNodeAttributes(key!)).toMatchObject({ date: '2024-01-16', status: 'happened', place: 'Moscow' });
  });

  it('the Kim–Putin summit at Vostochny on 13 September 2023, once, with every article as a source', () => {
    const found = meetingsWith('person:kim-jong-un', 'person:vladimir-putin').filter(
      (k) => (graph.getNodeAttribute(k, 'date') ?? '').startsWith('2023-09'),
    );
    expect(found).toHaveLength(1);
    const a = graph.getNodeAttributes(found[0]!);
    expect(a).toMatchObject({ date: '2023-09-13', status: 'happened' });
    expect(a.place).toMatch(/Vostochny/);
    expect(a.articles).toHaveLength(5);
  });

  // A trip told with one person is a visit: a visits edge, dated, not a meeting node of one.
  it("Lavrov's October 2023 trip to Pyongyang, a visit", () => {
    expect(meetingsWith('person:sergei-lavrov')).toEqual([]);
    const visit = graph.getEdgeAttributes('visits:person:sergei-lavrov->place:pyongyang');
    expect(visit.dates).toContain('2023-10');
    expect(visit.dates).toContain('2018');
  });

  it('the older meetings the stories recall, with their own dates', () => {
    const putin2000 = meetingsWith('person:kim-jong-il', 'person:vladimir-putin');
    expect(putin2000.map((k) => graph.getNodeAttributes(k))).toEqual([expect.objectContaining({ date: '2000', place: 'Pyongyang' })]);
    // Russia's July 2023 defence delegation, told with no person: a visit of the country, not a meeting of one.
    expect(meetingsWith('country:russia')).toEqual([]);
    const defence = graph.filterEdges((e, a) => a.type === 'visits' && graph.source(e) === 'country:russia' && a.dates.includes('2023-07'));
    expect(defence.map((e) => graph.target(e))).toEqual(['country:north-korea']);
  });

  it("Putin's visit to Pyongyang is planned", () => {
    const planned = graph.filterNodes((_, a) => a.type === 'meeting' && a.status === 'planned' && a.place === 'Pyongyang');
    expect(planned.map((k) => attendees(k))).toContainEqual(expect.arrayContaining(['person:vladimir-putin']));
  });

  it('meeting keys are the slugs of their labels', () => {
    graph.forEachNode((key, a) => {
      if (a.type === 'meeting') expect(key.startsWith('meeting:')).toBe(true);
    });
  });
});

describe('supply and testing claims in the seeds', () => {
  const attributes = (key: string) => (graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined);

  it('North Korea supplying Russia is a claim of the United States and South Korea, denied by both', () => {
    const supply = attributes('supplies:country:north-korea->country:russia');
    expect(supply?.claimed_by).toEqual(expect.arrayContaining(['country:south-korea', 'country:united-states']));
    expect(supply?.denied_by).toEqual(['country:north-korea', 'country:russia']);
    expect(graph.hasEdge('accuses:country:united-states->country:north-korea')).toBe(true);
    expect(graph.hasEdge('accuses:country:south-korea->country:north-korea')).toBe(true);
    expect(graph.hasEdge('denies:country:russia->country:united-states')).toBe(true);
  });

  it('the weapons supplied carry their claimants', () => {
    expect(attributes('supplies:country:north-korea->weapon:ballistic-missile')?.claimed_by).toEqual(
      expect.arrayContaining(['organization:white-house']),
    );
  });

  it("North Korea's hypersonic missile test of 14 January 2024 is an event", () => {
    expect(graph.hasEdge('tests:country:north-korea->weapon:hypersonic-missile')).toBe(true);
    const test = graph.findNode((_, a) => a.type === 'event' && a.kind === 'test');
    expect(graph.getNodeAttributes(test!)).toMatchObject({ date: '2024-01-14', status: 'happened' });
  });
});
