/**
 * Reads model files: with `fs` in Node (synchronously, the first time a model is needed) and with
 * `fetch` in the browser (`ready()` first). The URLs are written out so Vite ships the files as assets.
 */
import type { ParserLang } from './model-files.js';

const MODEL_URLS: Record<ParserLang, { pos: URL; parser: URL }> = {
  en: { pos: new URL('../models/pos-en.json', import.meta.url), parser: new URL('../models/parser-en.json', import.meta.url) },
  id: { pos: new URL('../models/pos-id.json', import.meta.url), parser: new URL('../models/parser-id.json', import.meta.url) },
};

export type ModelKind = 'pos' | 'parser';

interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}

/** Node's `fs` when running in Node (≥ 20.16), without importing it where a bundler would see it. */
function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
}

/** Whether models can be read synchronously here (Node). */
export function canReadSync(): boolean {
  return nodeFs() !== undefined && MODEL_URLS.en.pos.protocol === 'file:';
}

export function readModelSync(lang: ParserLang, kind: ModelKind): unknown {
  const fs = nodeFs();
  const url = MODEL_URLS[lang][kind];
  if (!fs || url.protocol !== 'file:') throw new Error(`${kind}-${lang} model: not loaded yet; await parser.ready() first`);
  return parsed(fs.readFileSync(url, 'utf8'), url);
}

export async function fetchModel(lang: ParserLang, kind: ModelKind): Promise<unknown> {
  if (canReadSync()) return readModelSync(lang, kind);
  const url = MODEL_URLS[lang][kind];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parsed(await response.text(), url);
}

function parsed(text: string, url: URL): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${url}: not valid JSON (${(error as Error).message})`);
  }
}
