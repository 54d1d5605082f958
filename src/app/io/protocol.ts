// Messages between the viewer and the extraction worker (src/app/workers/extract.worker.ts).
import type { CorpusResult, InputFile } from './corpus.js';

export interface ExtractRequest {
  files: InputFile[];
}

export type ExtractReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; result: CorpusResult }
  | { kind: 'error'; message: string };
