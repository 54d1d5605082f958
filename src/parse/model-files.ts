/** Names and (de)serialisation of the tagger's and parser's model files in src/models/ (src/learn/model-file.ts). */
import { decodeModel, encodeModel } from '../learn/model-file.js';
import type { PackedWeights } from '../learn/packed.js';
import type { PerceptronWeights } from '../learn/perceptron.js';
import type { ParserModel } from './parser.js';
import type { TaggerModel } from './tagger.js';
import type { CliticTable } from './tokenize.js';

/** The languages with a tagger and a parser. */
export type ParserLang = 'en' | 'id';

const POS_FORMAT = 'newsgraph-pos-2';
const PARSER_FORMAT = 'newsgraph-parser-2';

/** `pos-<lang>.bin`: the tagger, and for Indonesian the tokeniser's clitic table. */
export interface PosFile<W extends PerceptronWeights | PackedWeights = PackedWeights> extends TaggerModel<W> {
  lang: string;
  clitics?: CliticTable;
}

/** `parser-<lang>.bin`. */
export interface ParserFile<W extends PerceptronWeights | PackedWeights = PackedWeights> extends ParserModel<W> {
  lang: string;
}

export const posFileName = (lang: string) => `pos-${lang}.bin`;
export const parserFileName = (lang: string) => `parser-${lang}.bin`;

/** The file's bytes, from the model training gives: the same model gives the same bytes. */
export function posFileBytes(file: PosFile<PerceptronWeights>): Uint8Array {
  const { weights, ...meta } = file;
  return encodeModel({ format: POS_FORMAT, ...meta }, { weights });
}

export function parserFileBytes(file: ParserFile<PerceptronWeights>): Uint8Array {
  const { moves, labels, lang } = file;
  return encodeModel({ format: PARSER_FORMAT, lang }, { moves, labels });
}

export function readPosFile(bytes: Uint8Array, source: string): PosFile {
  const { meta, blocks } = decodeModel(bytes, source);
  const weights = expected(meta.format === POS_FORMAT ? blocks.weights : undefined, POS_FORMAT, source);
  return { lang: String(meta.lang), tagdict: meta.tagdict as Record<string, string>, ...(meta.clitics ? { clitics: meta.clitics as CliticTable } : {}), weights };
}

export function readParserFile(bytes: Uint8Array, source: string): ParserFile {
  const { meta, blocks } = decodeModel(bytes, source);
  const ok = meta.format === PARSER_FORMAT;
  return { lang: String(meta.lang), moves: expected(ok ? blocks.moves : undefined, PARSER_FORMAT, source), labels: expected(ok ? blocks.labels : undefined, PARSER_FORMAT, source) };
}

function expected(block: PackedWeights | undefined, format: string, source: string): PackedWeights {
  if (!block) throw new Error(`${source}: not a ${format} model file`);
  return block;
}
