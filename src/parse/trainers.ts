/** The `pos` and `parser` trainers that `npm run train` runs: one model file per language each. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PerceptronWeights } from '../learn/perceptron.js';
import type { Trainer } from '../learn/trainer.js';
import { cliticTable } from './clitics.js';
import type { TreebankSentence } from './conllu.js';
import { parserFileBytes, parserFileName, type ParserLang, type PosFile, posFileBytes, posFileName } from './model-files.js';
import { JACKKNIFE_FOLDS, PARSER_SETTINGS, TAGGER_SETTINGS } from './settings.js';
import { PosTagger } from './tagger.js';
import { type ParserExample, trainParser } from './train-parser.js';
import { trainTagger } from './train-tagger.js';
import { PARSER_LANGS, readTreebanks, treebankFiles } from './treebanks.js';

export const posTrainer: Trainer = {
  name: 'pos',
  async train(dataDir, modelDir, langs, log) {
    for (const lang of PARSER_LANGS.filter((l) => langs.includes(l))) {
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
  async train(dataDir, modelDir, langs, log) {
    for (const lang of PARSER_LANGS.filter((l) => langs.includes(l))) {
      const sentences = readTreebanks(treebankFiles(dataDir, lang).train);
      const model = trainParser(jackknifed(sentences), PARSER_SETTINGS);
      const bytes = parserFileBytes({ lang, ...model });
      writeAtomically(join(modelDir, parserFileName(lang)), bytes);
      const record = probeRecord(dataDir, lang, bytes);
      writeAtomically(join(modelDir, probeFileName(lang)), new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`));
      const features = Object.keys(model.moves.weights).length + Object.keys(model.labels.weights).length;
      log(`${lang}: ${sentences.length} sentences, ${features} features`);
    }
  },
};

/**
 * A parser's training takes minutes of CPU (the English one most), too long to repeat in every
 * test run. So the trainer also records a probe beside each model (`parser-<lang>.probe.json`):
 * the hash of the training files, and the hash of a parser trained by the same code and settings
 * on every k-th training sentence (about PROBE_SENTENCES of them, in seconds), with the hash of
 * the model trained in the same run. A test recomputes the record from the data: the same hashes
 * say the data, code and settings still train as they did for the committed model, and the
 * model's hash says the committed file is that run's.
 */
export const PROBE_SENTENCES = 400;

export interface ProbeRecord {
  /** sha256 of the training files, in order. */
  data: string;
  /** How many sentences the probe trained on, one in `every`. */
  sentences: number;
  every: number;
  /** sha256 of the probe's model file. */
  probe: string;
  /** sha256 of the model file trained in the same run. */
  model: string;
}

export const probeFileName = (lang: string) => `parser-${lang}.probe.json`;

/** The record for a parser model (its file's bytes) trained on the language's data under `dataDir`. */
export function probeRecord(dataDir: string, lang: ParserLang, modelBytes: Uint8Array): ProbeRecord {
  const files = treebankFiles(dataDir, lang).train;
  const data = createHash('sha256');
  for (const file of files) data.update(readFileSync(file));
  const sentences = readTreebanks(files);
  const every = Math.max(1, Math.ceil(sentences.length / PROBE_SENTENCES));
  const sample = sentences.filter((_, i) => i % every === 0);
  const probe = parserFileBytes({ lang, ...trainParser(jackknifed(sample), PARSER_SETTINGS) });
  return { data: data.digest('hex'), sentences: sample.length, every, probe: sha256(probe), model: sha256(modelBytes) };
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

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
