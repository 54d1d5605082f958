/** Training settings, chosen on English dev (EWT dev + GUM dev). */
import type { ParserSettings } from './train-parser.js';
import type { TaggerSettings } from './train-tagger.js';

export const TAGGER_SETTINGS: TaggerSettings = { epochs: 5, seed: 12, minWeight: 0.05 };
export const PARSER_SETTINGS: ParserSettings = { epochs: 3, seed: 12, explore: 0.9, minWeight: 2 };
/** The parser trains on tags predicted by taggers that did not see the sentence (jack-knifing). */
export const JACKKNIFE_FOLDS = 4;
