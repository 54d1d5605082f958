// What the Export menu writes, as text: the same writers as the CLI, so a file exported from
// the viewer is the file `newsgraph extract` would write for that graph (GEXF with its timeline).

import type { EvidenceTexts } from '../../graph/articles.js';
import { toCsv } from '../../graph/csv.js';
import { toGexf } from '../../graph/gexf.js';
import { toGraphml } from '../../graph/graphml.js';
import { toFtm } from '../../graph/ftm.js';
import { toJson, type ContractGraph } from '../../graph/json.js';
import type { Visible } from '../core/filters.js';
import { viewSubgraph } from './subgraph.js';

export type ExportScope = 'view' | 'graph';
export type TextFormat = 'gexf' | 'graphml' | 'json' | 'nodes-csv' | 'edges-csv' | 'ftm';
export type ExportFormat = TextFormat | 'png';

export const EXPORT_FORMATS: readonly { id: ExportFormat; label: string }[] = [
  { id: 'gexf', label: 'GEXF (Gephi)' },
  { id: 'graphml', label: 'GraphML (Cytoscape, yEd)' },
  { id: 'json', label: 'Graph JSON' },
  { id: 'nodes-csv', label: 'Nodes CSV' },
  { id: 'edges-csv', label: 'Edges CSV' },
  { id: 'ftm', label: 'FollowTheMoney (Aleph)' },
  { id: 'png', label: 'PNG image' },
];

const SUFFIX: Record<ExportFormat, string> = {
  gexf: '.gexf',
  graphml: '.graphml',
  json: '.json',
  'nodes-csv': '-nodes.csv',
  'edges-csv': '-edges.csv',
  ftm: '.ftm.jsonl',
  png: '.png',
};

const MIME: Record<TextFormat, string> = {
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  json: 'application/json',
  'nodes-csv': 'text/csv',
  'edges-csv': 'text/csv',
  ftm: 'application/x-ndjson',
};

/** `newsgraph-view.gexf`, `newsgraph-graph-nodes.csv`, … */
export const exportFileName = (scope: ExportScope, format: ExportFormat): string =>
  `newsgraph-${scope === 'view' ? 'view' : 'graph'}${SUFFIX[format]}`;

export const scopedGraph = (graph: ContractGraph, visible: Visible, scope: ExportScope): ContractGraph =>
  scope === 'view' ? viewSubgraph(graph, visible) : graph;

export interface TextExport {
  name: string;
  type: string;
  content: string;
}

const WRITERS: Record<TextFormat, (graph: ContractGraph, texts: EvidenceTexts) => string> = {
  gexf: toGexf,
  graphml: toGraphml,
  json: (graph) => toJson(graph),
  'nodes-csv': (graph, texts) => toCsv(graph, texts).nodes,
  'edges-csv': (graph, texts) => toCsv(graph, texts).edges,
  ftm: (graph) => toFtm(graph),
};

/** `texts` (the article texts opened with the graph) give GEXF and CSV their evidence sentences. */
export function exportText(
  graph: ContractGraph,
  visible: Visible,
  scope: ExportScope,
  format: TextFormat,
  texts: EvidenceTexts = new Map(),
): TextExport {
  const target = scopedGraph(graph, visible, scope);
  const content = WRITERS[format](target, texts);
  return { name: exportFileName(scope, format), type: MIME[format], content };
}
