// The trained NER models, loaded once per language and only when a text is first tagged.
// In Node the file is read synchronously beside the code; in the browser worker,
// `preloadModels` fetches the same files (Vite emits them as assets from these URLs) before
// the first article is extracted.
import type { Lang } from '../graph/types.js';
import { decodeModel } from '../learn/model-file.js';
import { fetchBytes, readBytesSync } from '../learn/model-bytes.js';
import { NER_FORMAT, NER_VERSION, Tagger } from './tagger.js';

const URLS: Record<Lang, URL> = {
  id: new URL('../models/ner-id.bin', import.meta.url),
  en: new URL('../models/ner-en.bin', import.meta.url),
};

const taggers = new Map<Lang, Tagger>();

/** The tagger for a language; reads its model on first use (in Node), or after preloadModels (in a browser). */
export function taggerFor(lang: Lang): Tagger {
  let tagger = taggers.get(lang);
  if (!tagger) {
    tagger = taggerOf(readBytesSync(URLS[lang], 'call preloadModels() before extracting in a browser'), URLS[lang].href);
    taggers.set(lang, tagger);
  }
  return tagger;
}

/** Fetches the models a browser will need, once; later calls for a loaded language do nothing. */
export async function preloadModels(langs: readonly Lang[] = ['id', 'en']): Promise<void> {
  for (const lang of langs) {
    if (!taggers.has(lang)) taggers.set(lang, taggerOf(await fetchBytes(URLS[lang]), URLS[lang].href));
  }
}

/** The tagger in a model file's bytes; `source` names the file in errors. */
export function taggerOf(bytes: Uint8Array, source: string): Tagger {
  const { meta, blocks } = decodeModel(bytes, source);
  if (meta.format !== NER_FORMAT || meta.version !== NER_VERSION || !blocks.tagger) {
    throw new Error(`${source}: not a newsgraph NER model (version ${NER_VERSION})`);
  }
  return new Tagger(blocks.tagger);
}
