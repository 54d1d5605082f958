import type { ArticleMeta, EntityType, IsoDay, PartialDate } from '../graph/types.js';

/** An article as read from a file: metadata plus its raw body (boilerplate and all). */
export interface Article extends ArticleMeta {
  text: string;
}

/** A problem with one input file or row; the run goes on with the others. */
export interface InputProblem {
  file: string;
  /** Row or line number inside the file, 1-based, when the problem is one record. */
  row?: number;
  message: string;
}

/** Something clean() took out of an article, kept so a user can see why a name is missing. */
export interface RemovedBlock {
  text: string;
  reason: string;
}

export interface CleanedArticle {
  /** The story alone; evidence sentences are verbatim substrings of it. */
  text: string;
  removed: RemovedBlock[];
}

export interface Sentence {
  text: string;
  /** Offsets into the cleaned text. */
  start: number;
  end: number;
}

/** A typed span of text. Offsets are JavaScript string indices into the text given to findMentions. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** Canonical name when a lexicon knows the entity (country, city, organization, weapon class). */
  canonical?: string;
  /** The title or role that introduces a person (e.g. "Menteri Luar Negeri"), as written. */
  role?: string;
  /** For a role: the country or organization the role belongs to, as a surface form ("Korea Utara"). */
  roleOf?: string;
  /** Places from the gazetteer: the canonical country name and coordinates. */
  country?: string;
  lat?: number;
  lng?: number;
}

/** A date stated in a sentence, resolved against the publication date. */
export interface StatedDate {
  /** At the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: PartialDate;
  /** The full days it spans (a month spans its first to last day). */
  start: IsoDay;
  end: IsoDay;
  /** The words that gave it, as they stand in the sentence. */
  text: string;
  index: number;
}
