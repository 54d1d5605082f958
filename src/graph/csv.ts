// nodes.csv and edges.csv in the shape of Gephi's spreadsheet import (Data Laboratory →
// Import Spreadsheet), also handy in any spreadsheet program.
//
// Cell shapes:
// - lists (Aliases, Articles, Role, Dates) are joined with '; ';
// - Evidence count is the number of evidence sentences; Evidence is the best of them as
//   `DATE ARTICLE: SENTENCE` (see bestEvidence), for reading; graph.json holds the references
//   to every one, articles.json their text;
// - Type on edges is Directed or Undirected, the column Gephi reads the direction from;
//   our relation type goes to Relation;
// - numbers are written as numbers, absent optional values as empty cells;
// - line breaks and tabs inside text become spaces and other control characters are
//   dropped, so every record is one line (row counts with `wc -l`, no surprises in importers).

import Papa from 'papaparse';
import { compareKeys, type ContractGraph } from './json.js';
import { bestEvidence, type EvidenceTexts } from './articles.js';
import type { Evidence } from './types.js';

const NODE_FIELDS = [
  'Id', 'Label', 'Type', 'Aliases', 'Mentions', 'Articles', 'Start', 'End', 'Role', 'Country',
  'Lat', 'Lng', 'Date', 'Status', 'Place', 'Kind', 'Mode', 'Host', 'Confidence', 'X', 'Y', 'Size', 'Color',
] as const;

// Id first: Gephi uses it as the edge id, and it is the edge key in graph.json.
const EDGE_FIELDS = [
  'Id', 'Source', 'Target', 'Type', 'Relation', 'Weight', 'Label', 'Start', 'End', 'Dates', 'Evidence count', 'Evidence',
] as const;

type Cell = string | number | undefined;

const LIST_SEPARATOR = '; ';
const list = (items: readonly string[] | undefined): string | undefined => items?.join(LIST_SEPARATOR);

function evidenceCell(texts: EvidenceTexts, evidence: readonly Evidence[]): string | undefined {
  const best = bestEvidence(texts, evidence);
  return best && `${best.evidence.date} ${best.evidence.article}: ${best.text}`;
}

const cellText = (cell: Cell): string | number =>
  typeof cell === 'string'
    ? cell.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    : (cell ?? '');

// papaparse's own pattern, /^[=+\-@\t\r].*$/, misses a formula followed by U+2028 (`.`
// stops there); this one only looks at the first character. Tab and CR cannot start a
// cell: cellText turned them into spaces.
const FORMULA_START = /^[=+\-@]/;

const unparseRows = (rows: Cell[][]): string =>
  Papa.unparse(rows.map((row) => row.map(cellText)), { newline: '\n', escapeFormulae: FORMULA_START });

/** The header line, then the rows in batches, each ending with a line break. */
function* table(fields: readonly string[], keys: string[], row: (key: string) => Cell[]): Generator<string> {
  // papaparse ends a header-only table with a line break of its own.
  yield `${Papa.unparse({ fields: [...fields], data: [] }, { newline: '\n' }).replace(/\n+$/, '')}\n`;
  const BATCH = 2000;
  for (let i = 0; i < keys.length; i += BATCH) yield `${unparseRows(keys.slice(i, i + BATCH).map(row))}\n`;
}

/**
 * Both tables, rows sorted by key, LF line endings and a trailing newline. `texts`
 * (articles.json's articles by id) gives each edge's best evidence sentence.
 */
export function toCsv(graph: ContractGraph, texts: EvidenceTexts = new Map()): { nodes: string; edges: string } {
  const chunks = toCsvChunks(graph, texts);
  return { nodes: [...chunks.nodes].join(''), edges: [...chunks.edges].join('') };
}

/** toCsv's tables in pieces of a few thousand rows, so a big graph can be written as it goes. */
export function toCsvChunks(graph: ContractGraph, texts: EvidenceTexts = new Map()): { nodes: Iterable<string>; edges: Iterable<string> } {
  const nodeRow = (key: string): Cell[] => {
    const a = graph.getNodeAttributes(key);
    return [
      key, a.label, a.type, list(a.aliases), a.mentions, list(a.articles), a.start, a.end, list(a.role),
      a.country, a.lat, a.lng, a.date, a.status, a.place, a.kind, a.mode, a.host, a.confidence, a.x, a.y, a.size, a.color,
    ];
  };
  const edgeRow = (key: string): Cell[] => {
    const a = graph.getEdgeAttributes(key);
    return [
      key, graph.source(key), graph.target(key), graph.isUndirected(key) ? 'Undirected' : 'Directed',
      a.type, a.weight, a.label, a.start, a.end, list(a.dates), a.evidence?.length ?? 0,
      evidenceCell(texts, a.evidence ?? []),
    ];
  };
  return {
    nodes: table(NODE_FIELDS, [...graph.nodes()].sort(compareKeys), nodeRow),
    edges: table(EDGE_FIELDS, [...graph.edges()].sort(compareKeys), edgeRow),
  };
}
