import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../layout/index.js';
import { toCsv } from './csv.js';
import { emptyNewsGraph, fixtureTextMap, hostileFixtureGraph } from './fixture.js';

type Row = Record<'Id' | 'Label' | 'Aliases' | 'X' | 'Y' | 'Type' | 'Relation' | 'Source' | 'Evidence' | 'Evidence count', string>;

const rows = (csv: string) => {
  const parsed = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
};

const laidOut = () => {
  const graph = hostileFixtureGraph();
  layoutGraph(graph);
  return graph;
};

describe('toCsv', () => {
  it('writes Gephi spreadsheet columns that parse back to the graph', () => {
    const graph = laidOut();
    const { nodes, edges } = toCsv(graph, fixtureTextMap());

    const nodeTable = rows(nodes);
    expect(nodeTable.meta.fields).toEqual([
      'Id', 'Label', 'Type', 'Aliases', 'Mentions', 'Articles', 'Start', 'End', 'Role', 'Country',
      'Lat', 'Lng', 'Date', 'Status', 'Place', 'Kind', 'Mode', 'Host', 'Confidence', 'X', 'Y', 'Size', 'Color',
    ]);
    expect(nodeTable.data.map((r) => r.Id)).toEqual([...graph.nodes()].sort());
    const lavrov = nodeTable.data.find((r) => r.Id === 'person:sergei-lavrov')!;
    const a = graph.getNodeAttributes('person:sergei-lavrov');
    expect(lavrov).toMatchObject({
      Label: 'Sergei Lavrov', Type: 'person', Aliases: 'Lavrov; Sergei Lavrov', Mentions: '9', Articles: 'a1; a2',
      Start: '2023-09-13', End: '2024-01-16', Role: 'Menteri Luar Negeri', Country: '', Lat: '',
      X: String(a.x), Y: String(a.y), Size: String(a.size), Color: a.color,
    });
    expect(nodeTable.data.find((r) => r.Id === 'place:pyongyang')).toMatchObject({ Lat: '39.0392', Lng: '125.7625' });
    expect(nodeTable.data.find((r) => r.Id === 'meeting:kim-putin-vostochny-2023')).toMatchObject({ Status: 'happened', Kind: 'meeting', Mode: 'visit', Host: 'Vladimir Putin', Confidence: '0.84' });

    const edgeTable = rows(edges);
    expect(edgeTable.meta.fields).toEqual([
      'Id', 'Source', 'Target', 'Type', 'Relation', 'Weight', 'Label', 'Start', 'End', 'Dates', 'Evidence count', 'Evidence',
    ]);
    expect(edgeTable.data.map((r) => r.Id)).toEqual([...graph.edges()].sort());
    expect(edgeTable.data.find((r) => r.Relation === 'tests')).toMatchObject({
      Source: 'country:north-korea', Target: 'weapon:hwasong-18', Type: 'Directed', Weight: '2',
      Start: '2000-01-01', End: '2023-07-12', Dates: '2000; 2023-07-12',
      // The shortest of the two sentences.
      'Evidence count': '2',
      Evidence: '2000 a1: Uji coba pertama dilakukan pada tahun 2000.',
    });
    expect(edgeTable.data.find((r) => r.Relation === 'supplies')).toMatchObject({
      'Evidence count': '2', Evidence: '2023-09-14 a1: Pasokan berlanjut keesokan harinya.',
    });
    // Without the article texts: the count, no sentence.
    const bare = rows(toCsv(graph).edges).data.find((r) => r.Relation === 'tests')!;
    expect([bare['Evidence count'], bare.Evidence]).toEqual(['2', '']);
    expect(edgeTable.data.filter((r) => r.Relation === 'co_mention').every((r) => r.Type === 'Undirected')).toBe(true);
  });

  it('escapes cells a spreadsheet would run as formulas, but not numbers', () => {
    const { nodes, edges } = toCsv(laidOut(), fixtureTextMap());
    const odd = rows(nodes).data.find((r) => r.Id === 'organization:odd')!;
    expect(odd.Aliases.split('; ')).toEqual([
      "'+62 21 555", '-Dash', '=HYPERLINK("http://evil.example","x")', '@SUM(A1)', 'a, b', '"c"', 'tab in', ' lead',
    ]);
    // Only the start of a cell matters to a spreadsheet: one quote guards the whole list.
    expect(odd.Label.startsWith('<script>')).toBe(true);
    const formula = rows(nodes).data.find((r) => r.Id === 'person:formula')!;
    expect(formula.Label).toBe("'=1+1 line two");
    const evidence = rows(edges).data.find((r) => r.Relation === 'co_mention' && r.Source === 'organization:odd')!;
    expect(evidence.Evidence).toBe("2023-09-14 a2: =cmd|' /C calc'!A0");
    for (const row of rows(nodes).data) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@]|^-(?!\d)/);
    }
    expect(rows(nodes).data.some((r) => r.X.startsWith('-') || r.Y.startsWith('-'))).toBe(true);
  });

  it('is stable, one record per line, LF only, with a trailing newline', () => {
    const first = toCsv(laidOut());
    expect(toCsv(laidOut())).toEqual(first);
    for (const csv of [first.nodes, first.edges]) {
      expect(csv.endsWith('\n')).toBe(true);
      expect(csv).not.toMatch(/\r/);
      expect(csv.trimEnd().split('\n').length).toBe(rows(csv).data.length + 1);
    }
    const empty = toCsv(emptyNewsGraph());
    expect(empty.nodes).toBe('Id,Label,Type,Aliases,Mentions,Articles,Start,End,Role,Country,Lat,Lng,Date,Status,Place,Kind,Mode,Host,Confidence,X,Y,Size,Color\n');
    expect(empty.edges).toBe('Id,Source,Target,Type,Relation,Weight,Label,Start,End,Dates,Evidence count,Evidence\n');
  });
});
