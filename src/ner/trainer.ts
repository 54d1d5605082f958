// `npm run train -- --only ner`: one tagger per language from the public corpora, written to
// src/models/ner-<lang>.bin. The options were chosen on the dev splits (npm run eval:ner),
// never on a test split.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../graph/types.js';
import type { Trainer } from '../learn/trainer.js';
import { encodeModel } from '../learn/model-file.js';
import { TRAIN_SETS } from './datasets.js';
import { NER_FORMAT, NER_VERSION, type NerModel } from './tagger.js';
import { type TrainOptions, trainTagger } from './train.js';

interface Recipe {
  options: TrainOptions;
  /** Each set's name up to its first '/' is its domain (annotation convention). */
  sets: string[];
  /** Whose convention the committed model follows besides the shared one (see trainTagger). */
  runtimeDomains: string[];
}

/**
 * Indonesian: NERP is left out (lower-cased, and PPL/PLC follow another convention: the dev
 * F1 fell with it in); the committed weights follow idner's news convention, which is what the
 * extractor reads. English: UNER's web text and GUM's named mentions, shared weights only.
 */
export const RECIPES: Record<Lang, Recipe> = {
  id: {
    options: { epochs: 5, seed: 11, minWeight: 0.02 },
    sets: ['idner-news-2k/train', 'nergrit/train'],
    runtimeDomains: ['idner-news-2k'],
  },
  en: {
    options: { epochs: 5, seed: 11, minWeight: 0.02 },
    sets: ['uner-en-ewt/dev (4 of 5 blocks)', 'gum/train'],
    runtimeDomains: [],
  },
};

/** Trains one language's model from the data folder; pure apart from reading the corpora. */
export function trainLanguage(lang: Lang, dataDir: string, recipe: Recipe = RECIPES[lang]) {
  const sets = TRAIN_SETS[lang]
    .filter((s) => recipe.sets.includes(s.name))
    .map((s) => ({ domain: s.name.split('/')[0]!, sentences: s.read(dataDir) }));
  return trainTagger(sets, lang, recipe.options, recipe.runtimeDomains);
}

/** A model file's bytes (src/learn/model-file.ts). */
export function nerFileBytes(model: NerModel): Uint8Array {
  return encodeModel({ format: NER_FORMAT, version: NER_VERSION, lang: model.lang }, { tagger: model });
}

export const nerTrainer: Trainer = {
  name: 'ner',
  async train(dataDir, modelDir, langs, log) {
    mkdirSync(modelDir, { recursive: true });
    for (const lang of langs) {
      const model = trainLanguage(lang, dataDir);
      const file = join(modelDir, `ner-${lang}.bin`);
      const bytes = nerFileBytes(model);
      writeFileSync(`${file}.tmp`, bytes);
      renameSync(`${file}.tmp`, file);
      log(`${file}: ${Object.keys(model.weights).length} features, ${bytes.length} bytes`);
    }
  },
};
