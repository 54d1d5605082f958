// Clauses of a sentence, as far as relation and meeting cues need them: the stretch of words a
// cue's participants, place and date are taken from. A sentence is cut at punctuation that ends
// a thought (; : quotes), at subordinating words (setelah, sebelum, after, while…), at the start
// of an invitation ("atas undangan", "at the invitation of") and around speech verbs, so that
// in `"…", kata Maria Zakharova` or `Peskov mengatakan presiden Rusia akan …` the speaker is
// not taken for a participant. All closed-class words; no names.

import { CLAUSE_WORDS_EN } from '../lexicon/en/clause-words.js';
import { CLAUSE_WORDS_ID } from '../lexicon/id/clause-words.js';

/** A language's words that cut a sentence into clauses (lexicon/<lang>/clause-words.ts). */
export interface ClauseWords {
  /** Subordinating words and phrases that open a clause ("setelah", "after", "at the invitation of"). */
  subordinators: string[];
  /** Words after which the speaker is named ("kata", "according to"). */
  speakerAfter: string[];
  /** Speech verbs after their speaker ("mengatakan", "said"). */
  speakerBefore: string[];
}

export interface Clause {
  start: number;
  end: number;
  /** The clause names who says something ("kata X", "according to X", "X said"). */
  attribution: boolean;
}

// Words that open a new clause, and speech verbs (they mark attribution), per language.
const SUBORDINATORS = [...CLAUSE_WORDS_ID.subordinators, ...CLAUSE_WORDS_EN.subordinators];
/** Speech and claim verbs: what follows "kata"/"according to" is the speaker; what precedes "mengatakan"/"said" is. */
const SPEAKER_AFTER = [...CLAUSE_WORDS_ID.speakerAfter, ...CLAUSE_WORDS_EN.speakerAfter];
const SPEAKER_BEFORE = [...CLAUSE_WORDS_ID.speakerBefore, ...CLAUSE_WORDS_EN.speakerBefore];

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
// ", and will attend …", ", dan akan …": a second predicate of the same subject; "and at the NATO
// summit": a second occasion of the same people (events.ts gives it the first one's people).
const COORDINATED = ',\\s+(?:and|dan)\\s+(?=(?:will|would|also|then|later|akan|juga|kemudian|lalu)\\b)|\\s(?:and|dan)\\s+(?=(?:at|di)\\s+(?:the\\s+)?(?:\\p{Lu}|KTT))';
const BOUNDARY = new RegExp(
  `${COORDINATED}|[;:“”"«»]|\\s[-–—]\\s|\\b(?:${words(SUBORDINATORS)})\\b|\\b(?:${words(SPEAKER_BEFORE)})(?:\\s+(?:bahwa|that))?\\b|(?<=,\\s*|[”"]\\s*)(?:${words(SPEAKER_AFTER)})\\b|\\b(?:menurut|according to)\\b`,
  'giu',
);
const AS_CLAUSE = /(?<=\s)as(?=\s+(?:[A-Z]|the\s))/g;
const OPENS_ATTRIBUTION = new RegExp(`^(?:${words(SPEAKER_AFTER)})`, 'iu');

/** The sentence cut into clauses, in order, covering it without gaps. */
export function clauses(text: string): Clause[] {
  const cuts: { at: number; attribution: boolean }[] = [{ at: 0, attribution: false }];
  const found: RegExpExecArray[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) found.push(m);
  // "as" opens a clause before a name or "the" ("talks run late as Israel presses …"), not in "as well as".
  AS_CLAUSE.lastIndex = 0;
  for (let m = AS_CLAUSE.exec(text); m; m = AS_CLAUSE.exec(text)) found.push(m);
  // "Selain bertemu Wong, Sugiono …", "Menurut dia, kedua pemimpin …": a fronted phrase ends at its comma.
  const fronted = /^(?:selain|besides|apart from|in addition to|menurut|according to)\b[^,;]{1,60}?,/iu.exec(text.trimStart());
  if (fronted) {
    const at = text.length - text.trimStart().length + fronted[0].length;
    found.push(Object.assign([''], { index: at, input: text, groups: undefined }) as unknown as RegExpExecArray);
  }
  found.sort((a, b) => a.index - b.index);
  for (const m of found) {
    const word = m[0];
    const attribution = OPENS_ATTRIBUTION.test(word) && !/^(?:said|says|told)$/i.test(word.trim());
    // A speech verb after its speaker ("Peskov mengatakan …"): the clause before it names the speaker.
    if (new RegExp(`^(?:${words(SPEAKER_BEFORE)})`, 'iu').test(word)) {
      const previous = cuts[cuts.length - 1]!;
      if (!/\b(?:bertemu|menemui|mengunjungi|menjamu|menerima|visit(?:ed|s)?|meet|met|talks|hosts?|hosted|welcomed|received|pertemuan|pembicaraan|kunjungan)\b/i.test(text.slice(previous.at, m.index)))
        previous.attribution = true;
    }
    cuts.push({ at: m.index, attribution });
    cuts.push({ at: m.index + word.length, attribution });
  }
  const result: Clause[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!.at;
    const end = i + 1 < cuts.length ? cuts[i + 1]!.at : text.length;
    if (end > start || i === cuts.length - 1) result.push({ start, end, attribution: cuts[i]!.attribution });
  }
  // An attribution runs until the next punctuation boundary: "kata X, dilansir dari Y".
  return result.filter((c) => c.end > c.start);
}

/** The clause holding [start, end). */
export function clauseAt(list: Clause[], start: number): Clause {
  return list.find((c) => c.start <= start && start < c.end) ?? list[list.length - 1]!;
}
