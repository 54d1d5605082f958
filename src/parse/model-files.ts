/** Names and (de)serialisation of the model files in src/models/. */
import type { ParserModel } from './parser.js';
import type { TaggerModel } from './tagger.js';
import type { CliticTable } from './tokenize.js';

/** The languages with a tagger and a parser. */
export type ParserLang = 'en' | 'id';

/** `pos-<lang>.json`: the tagger, and for Indonesian the tokeniser's clitic table. */
export interface PosFile extends TaggerModel {
  format: 'newsgraph-pos-1';
  lang: string;
  clitics?: CliticTable;
}

/** `parser-<lang>.json`. */
export interface ParserFile extends ParserModel {
  format: 'newsgraph-parser-1';
  lang: string;
}

export const posFileName = (lang: string) => `pos-${lang}.json`;
export const parserFileName = (lang: string) => `parser-${lang}.json`;

/** Stable text: the model's keys are already in a fixed order, so the same model gives the same bytes. */
export function serialise(model: PosFile | ParserFile): string {
  return `${JSON.stringify(model)}\n`;
}

export function checkFormat<T extends { format: string }>(data: unknown, format: T['format'], source: string): T {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== format) {
    throw new Error(`${source}: not a ${format} model file`);
  }
  return data as T;
}
