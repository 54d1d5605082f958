/**
 * Reads model files: with `fs` in Node (synchronously, the first time a model is needed) and with
 * `fetch` in the browser (`ready()` first). The URLs are written out so Vite ships the files as assets.
 */
import { canReadSync, fetchBytes, readBytesSync } from '../learn/model-bytes.js';
import { type ParserFile, type ParserLang, type PosFile, readParserFile, readPosFile } from './model-files.js';

const MODEL_URLS: Record<ParserLang, { pos: URL; parser: URL }> = {
  en: { pos: new URL('../models/pos-en.bin', import.meta.url), parser: new URL('../models/parser-en.bin', import.meta.url) },
  id: { pos: new URL('../models/pos-id.bin', import.meta.url), parser: new URL('../models/parser-id.bin', import.meta.url) },
};

export interface ModelFiles {
  pos: PosFile;
  parser: ParserFile;
}

const AWAIT_READY = 'await parser.ready() first';

/** Both files of a language, read now (Node). */
export function readModelsSync(lang: ParserLang): ModelFiles {
  const { pos, parser } = MODEL_URLS[lang];
  return { pos: readPosFile(readBytesSync(pos, AWAIT_READY), pos.href), parser: readParserFile(readBytesSync(parser, AWAIT_READY), parser.href) };
}

/** Both files of a language, read from disk in Node or fetched in a browser. */
export async function fetchModels(lang: ParserLang): Promise<ModelFiles> {
  if (canReadSync(MODEL_URLS[lang].pos)) return readModelsSync(lang);
  const { pos, parser } = MODEL_URLS[lang];
  return { pos: readPosFile(await fetchBytes(pos), pos.href), parser: readParserFile(await fetchBytes(parser), parser.href) };
}
