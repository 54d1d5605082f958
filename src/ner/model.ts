// The trained NER models, loaded once per language and only when a text is first tagged.
// In Node the file is read synchronously beside the code (process.getBuiltinModule keeps this
// module free of Node imports, so it bundles for the browser as is); in the browser worker,
// `preloadModels` fetches the same files (Vite emits them as assets from these URLs) before
// the first article is extracted.
import type { Lang } from '../graph/types.js';
import { type NerModel, Tagger } from './tagger.js';

const URLS: Record<Lang, URL> = {
  id: new URL('../models/ner-id.json', import.meta.url),
  en: new URL('../models/ner-en.json', import.meta.url),
};

const taggers = new Map<Lang, Tagger>();

/** The tagger for a language; reads its model on first use (in Node), or after preloadModels (in a browser). */
export function taggerFor(lang: Lang): Tagger {
  let tagger = taggers.get(lang);
  if (!tagger) {
    tagger = new Tagger(checked(readInNode(lang), URLS[lang].href));
    taggers.set(lang, tagger);
  }
  return tagger;
}

/** Fetches the models a browser will need, once; later calls for a loaded language do nothing. */
export async function preloadModels(langs: readonly Lang[] = ['id', 'en']): Promise<void> {
  for (const lang of langs) {
    if (taggers.has(lang)) continue;
    const response = await fetch(URLS[lang]);
    if (!response.ok) throw new Error(`NER model ${URLS[lang].href}: HTTP ${response.status}`);
    taggers.set(lang, new Tagger(checked(await response.json(), URLS[lang].href)));
  }
}

interface NodeProcess {
  getBuiltinModule?: (id: 'node:fs') => { readFileSync(path: URL, encoding: 'utf8'): string };
}

function readInNode(lang: Lang): unknown {
  const fs = (globalThis as { process?: NodeProcess }).process?.getBuiltinModule?.('node:fs');
  if (!fs) throw new Error(`NER model for '${lang}' not loaded: call preloadModels() before extracting in a browser`);
  return JSON.parse(fs.readFileSync(URLS[lang], 'utf8'));
}

function checked(model: unknown, where: string): NerModel {
  const m = model as Partial<NerModel> | null;
  if (m?.format !== 'newsgraph-ner' || m.version !== 1 || !Array.isArray(m.classes) || typeof m.weights !== 'object') {
    throw new Error(`${where}: not a newsgraph NER model (version 1)`);
  }
  return m as NerModel;
}
