// Messages between the viewer and the worker that opens files (src/app/workers/open.worker.ts).
import type { SerializedGraph } from 'graphology-types';
import type { ArticleText, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import type { InputFile } from './corpus.js';

export interface OpenRequest {
  files: InputFile[];
}

/** openFiles' result, as plain data that crosses to the page. */
export type OpenedData =
  | {
      ok: true;
      graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
      texts: ArticleText[];
      name: string;
      problems: string[];
    }
  | { ok: false; error: string; problems: string[] };

export type OpenReply =
  /** done/total when the work is counted (articles extracted), else a stage ("Reading x.gexf…"). */
  | { kind: 'progress'; label: string; done?: number; total?: number }
  | { kind: 'done'; result: OpenedData };
