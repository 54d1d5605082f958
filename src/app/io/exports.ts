// What the Export menu writes, as text: the same writers as the CLI, so a file exported from
// the viewer is the file `newsgraph extract` would write for that graph (GEXF with its timeline).

import type { EvidenceTexts } from '../../graph/articles.js';
import { toCsv } from '../../graph/csv.js';
import { toGexf } from '../../graph/gexf.js';
import { toJson, type ContractGraph } from '../../graph/json.js';
import type { Visible } from '../core/filters.js';
import { viewSubgraph } from './subgraph.js';

export type ExportScope = 'view' | 'graph';
export type TextFormat = 'gexf' | 'json' | 'nodes-csv' | 'edges-csv';
export type ExportFormat = TextFormat | 'png';

export const EXPORT_FORMATS: readonly { id: ExportFormat; label: string }[] = [
  { id: 'gexf', label: 'GEXF (Gephi)' },
  { id: 'json', label: 'Graph JSON' },
  { id: 'nodes-csv', label: 'Nodes CSV' },
  { id: 'edges-csv', label: 'Edges CSV' },
  { id: 'png', label: 'PNG image' },
];

const SUFFIX: Record<ExportFormat, string> = {
  gexf: '.gexf',
  json: '.json',
  'nodes-csv': '-nodes.csv',
  'edges-csv': '-edges.csv',
  png: '.png',
};

const MIME: Record<TextFormat, string> = {
  gexf: 'application/gexf+xml',
  json: 'application/json',
  'nodes-csv': 'text/csv',
  'edges-csv': 'text/csv',
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

/** `texts` (the article texts opened with the graph) give GEXF and CSV their evidence sentences. */
export function exportText(
  graph: ContractGraph,
  visible: Visible,
  scope: ExportScope,
  format: TextFormat,
  texts: EvidenceTexts = new Map(),
): TextExport {
  const target = scopedGraph(graph, visible, scope);
  const content =
    format === 'gexf'
      ? toGexf(target, texts)
      : format === 'json'
        ? toJson(target)
        : format === 'nodes-csv'
          ? toCsv(target, texts).nodes
          : toCsv(target, texts).edges;
  return { name: exportFileName(scope, format), type: MIME[format], content };
}
