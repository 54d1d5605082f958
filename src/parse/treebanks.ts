/**
 * Which treebank files each language trains on and which are kept out for reporting, under the
 * data folder (`../shared/data/train`). Settings are chosen on the dev parts, never on `test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, type TreebankSentence } from './conllu.js';
import type { ParserLang } from './model-files.js';

export const PARSER_LANGS: readonly ParserLang[] = ['en', 'id'];

export interface TreebankSplit {
  train: string[];
  /** For choosing settings. */
  dev: string[];
  /** Held out: only for the reported score. */
  test: string[];
}

/**
 * English: EWT train + GUM train (news among its genres); dev: EWT dev + GUM dev; test: EWT test.
 * Indonesian (GSD's train split is not available): GSD dev, CSUI train and test, and PUD; GSD test
 * is held out. There is no Indonesian dev part: settings are the ones chosen on English dev.
 */
export function treebankFiles(dataDir: string, lang: ParserLang): TreebankSplit {
  const ud = (path: string) => join(dataDir, 'ud', path);
  if (lang === 'en') {
    return {
      train: [ud('UD_English-EWT/en_ewt-ud-train.conllu'), ...gumFiles(dataDir, 'train')],
      dev: [ud('UD_English-EWT/en_ewt-ud-dev.conllu'), ...gumFiles(dataDir, 'dev')],
      test: [ud('UD_English-EWT/en_ewt-ud-test.conllu')],
    };
  }
  return {
    train: [
      ud('UD_Indonesian-GSD/id_gsd-ud-dev.conllu'),
      ud('UD_Indonesian-CSUI/id_csui-ud-train.conllu'),
      ud('UD_Indonesian-CSUI/id_csui-ud-test.conllu'),
      ud('UD_Indonesian-PUD/id_pud-ud-test.conllu'),
    ],
    dev: [],
    test: [ud('UD_Indonesian-GSD/id_gsd-ud-test.conllu')],
  };
}

function gumFiles(dataDir: string, split: 'train' | 'dev'): string[] {
  const dir = join(dataDir, 'gum', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every sentence of `files`, in order. */
export function readTreebanks(files: readonly string[]): TreebankSentence[] {
  return files.flatMap((file) => readConllu(readFileSync(file, 'utf8'), file));
}
