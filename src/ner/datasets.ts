// Where each NER corpus lies under the training data folder (../shared/data/train, see its
// README) and which part of it trains and which measures. Node only: the trainer and
// `npm run eval:ner` read these; extraction never does.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../graph/types.js';
import { IDNER, type IobFormat, NERGRIT, NERP, type TaggedSentence, UNER, readIob } from './corpora.js';
import { readGum } from './gum.js';

export interface NerSet {
  name: string;
  lang: Lang;
  read(trainDir: string): TaggedSentence[];
}

function iob(name: string, lang: Lang, path: (trainDir: string) => string, format: IobFormat): NerSet {
  return { name, lang, read: (dir) => readIob(readFileSync(path(dir), 'utf8'), format, path(dir)) };
}

function gum(name: string, split: 'train' | 'dev'): NerSet {
  return {
    name,
    lang: 'en',
    read(dir) {
      const folder = join(dir, 'gum', split);
      const files = readdirSync(folder).filter((f) => f.endsWith('.conllu')).sort();
      return files.flatMap((f) => readGum(readFileSync(join(folder, f), 'utf8'), join(folder, f)));
    },
  };
}

/**
 * UNER English-EWT comes as one split (the treebank's dev), so it is cut here: every fifth
 * block of 50 consecutive sentences (whole stretches of documents) is kept out to measure.
 */
function unerPart(name: string, heldOut: boolean): NerSet {
  const all = iob(name, 'en', (d) => join(d, 'ner/uner-en-ewt/en_ewt-ud-dev.iob2'), UNER);
  return { name, lang: 'en', read: (d) => all.read(d).filter((_, i) => (Math.floor(i / 50) % 5 === 4) === heldOut) };
}

/** The NER dev sets beside the training folder (../shared/data/ner). */
const devDir = (trainDir: string): string => resolve(trainDir, '..', 'ner');

export const TRAIN_SETS: Record<Lang, NerSet[]> = {
  id: [
    iob('idner-news-2k/train', 'id', (d) => join(d, 'ner/idner-news-2k/train.txt'), IDNER),
    iob('nergrit/train', 'id', (d) => join(d, 'ner/nergrit/train_preprocess.txt'), NERGRIT),
    iob('nerp/train', 'id', (d) => join(d, 'ner/nerp/train_preprocess.txt'), NERP),
  ],
  en: [unerPart('uner-en-ewt/dev (4 of 5 blocks)', false), gum('gum/train', 'train')],
};

export const DEV_SETS: Record<Lang, NerSet[]> = {
  id: [
    iob('idner-news-2k/dev', 'id', (d) => join(devDir(d), 'idner-news-2k/dev.txt'), IDNER),
    iob('nergrit/valid', 'id', (d) => join(devDir(d), 'nergrit/valid_preprocess.txt'), NERGRIT),
  ],
  en: [unerPart('uner-en-ewt/dev (held-out fifth)', true), gum('gum/dev', 'dev')],
};
