/** The `pos` and `parser` trainers that `npm run train` runs: one model file per language each. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PerceptronWeights } from '../learn/perceptron.js';
import type { Trainer } from '../learn/trainer.js';
import { cliticTable } from './clitics.js';
import type { TreebankSentence } from './conllu.js';
import { type ParserFile, parserFileBytes, parserFileName, type PosFile, posFileBytes, posFileName } from './model-files.js';
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
      const file: PosFile<PerceptronWeights> = { lang, ...model };
      if (lang === 'id') file.clitics = cliticTable(sentences);
      writeAtomically(join(modelDir, posFileName(lang)), posFileBytes(file));
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
      const file: ParserFile<PerceptronWeights> = { lang, ...model };
      writeAtomically(join(modelDir, parserFileName(lang)), parserFileBytes(file));
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

function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
}
