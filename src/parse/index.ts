/**
 * The parser's public API: `loadParser(lang).parse(tokenize(sentence, lang))` gives UPOS tags and
 * a labelled dependency tree (UD relations) for one sentence.
 */
import { fetchModels, type ModelFiles, readModelsSync } from './load.js';
import type { PosFile } from './model-files.js';
import { DependencyParser } from './parser.js';
import { PosTagger } from './tagger.js';
import { tokenize as tokenizeWith } from './tokenize.js';
import type { ParserLang } from './model-files.js';

export type { ParserLang } from './model-files.js';

/** One parsed sentence; `heads[i]` is the 0-based index of word i's head, -1 for the root. */
export interface Parse {
  tags: string[];
  heads: number[];
  labels: string[];
}

export interface Parser {
  readonly lang: ParserLang;
  /** Loads the model files; needed once before `parse` in the browser (Node loads on first use). */
  ready(): Promise<void>;
  /** The words UD would annotate in `sentence` (punctuation and clitics apart). */
  tokenize(sentence: string): string[];
  parse(words: readonly string[]): Parse;
}

interface Loaded {
  pos: PosFile;
  tagger: PosTagger;
  parser: DependencyParser;
}

class LazyParser implements Parser {
  private loaded: Loaded | undefined;

  constructor(readonly lang: ParserLang) {}

  async ready(): Promise<void> {
    if (!this.loaded) this.loaded = build(await fetchModels(this.lang));
  }

  tokenize(sentence: string): string[] {
    return tokenizeWith(sentence, this.lang, this.models().pos.clitics);
  }

  parse(words: readonly string[]): Parse {
    const { tagger, parser } = this.models();
    const tags = tagger.tag(words);
    return { tags, ...parser.parse(words, tags) };
  }

  private models(): Loaded {
    this.loaded ??= build(readModelsSync(this.lang));
    return this.loaded;
  }
}

function build(files: ModelFiles): Loaded {
  return { pos: files.pos, tagger: new PosTagger(files.pos), parser: new DependencyParser(files.parser) };
}

const parsers = new Map<ParserLang, Parser>();

/** The parser for `lang`; its model files are read the first time they are needed. */
export function loadParser(lang: ParserLang): Parser {
  if (lang !== 'en' && lang !== 'id') throw new Error(`loadParser: no parser for language "${lang}" (en, id)`);
  let parser = parsers.get(lang);
  if (!parser) parsers.set(lang, (parser = new LazyParser(lang)));
  return parser;
}

/** `loadParser(lang).tokenize(sentence)`. */
export function tokenize(sentence: string, lang: ParserLang): string[] {
  return loadParser(lang).tokenize(sentence);
}
