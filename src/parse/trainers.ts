/** The `pos` and `parser` trainers that `npm run train` runs: one model file per language each. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Trainer } from '../learn/trainer.js';
import { cliticTable } from './clitics.js';
import type { TreebankSentence } from './conllu.js';
import { type ParserFile, parserFileName, type PosFile, posFileName, serialise } from './model-files.js';
import { JACKKNIFE_FOLDS, PARSER_SETTINGS, TAGGER_SETTINGS } from './settings.js';
import { PosTagger } from './tagger.js';
import { type ParserExample, trainParser } from './train-parser.js';
import { trainTagger } from './train-tagger.js';
import { PARSER_LANGS, readTreebanks, treebankFiles } from './treebanks.js';

export const posTrainer: Trainer = {
  name: 'pos',
  async train(dataDir, modelDir, log) {
    for (const lang of PARSER_LANGS) {
      const sentences = readTreebanks(treebankFiles(dataDir, lang).train);
      const model = trainTagger(sentences, TAGGER_SETTINGS);
      const file: PosFile = { format: 'newsgraph-pos-1', lang, ...model };
      if (lang === 'id') file.clitics = cliticTable(sentences);
      writeAtomically(join(modelDir, posFileName(lang)), serialise(file));
      log(`${lang}: ${sentences.length} sentences, ${Object.keys(model.weights.weights).length} features`);
    }
  },
};

export const parserTrainer: Trainer = {
  name: 'parser',
  async train(dataDir, modelDir, log) {
    for (const lang of PARSER_LANGS) {
      const sentences = readTreebanks(treebankFiles(dataDir, lang).train);
      const model = trainParser(jackknifed(sentences), PARSER_SETTINGS);
      const file: ParserFile = { format: 'newsgraph-parser-1', lang, ...model };
      writeAtomically(join(modelDir, parserFileName(lang)), serialise(file));
      const features = Object.keys(model.moves.weights).length + Object.keys(model.labels.weights).length;
      log(`${lang}: ${sentences.length} sentences, ${features} features`);
    }
  },
};

/** Each sentence with the tags of a tagger trained on the other folds, as the parser will see at run time. */
export function jackknifed(sentences: readonly TreebankSentence[], folds = JACKKNIFE_FOLDS): ParserExample[] {
  const tags: string[][] = new Array(sentences.length);
  for (let fold = 0; fold < folds; fold++) {
    const tagger = new PosTagger(trainTagger(sentences.filter((_, i) => i % folds !== fold), TAGGER_SETTINGS));
    sentences.forEach((s, i) => {
      if (i % folds === fold) tags[i] = tagger.tag(s.words);
    });
  }
  return sentences.map((sentence, i) => ({ sentence, tags: tags[i]! }));
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}
