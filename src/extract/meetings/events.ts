// Dated happenings that are not meetings: missile tests and launches, signings, with who did
// them, what weapon, where and when.

import type { AnalysedArticle } from '../pipeline.js';
import { type Clause, clauseAt, clauses } from './clauses.js';
import { EVENT_CUES, PLANNED, isPlanned } from './cues.js';
import { clauseDate } from './dates.js';
import { inTitle, isPlace, isWeapon, placeBefore } from './mention-kinds.js';
import type { EventCandidate } from './types.js';

/** The events one sentence tells: one per clause, of the first cue found there. */
export function sentenceEvents(article: AnalysedArticle, s: number): EventCandidate[] {
  const sentence = article.sentences[s]!;
  const { text, mentions } = sentence;
  const parts = clauses(text);
  const found: EventCandidate[] = [];
  const seen = new Set<Clause>();
  for (const [kind, pattern] of EVENT_CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const clause = clauseAt(parts, m.index);
      if (clause.attribution || seen.has(clause)) continue;
      const inside = mentions.map((x, i) => ({ x, i })).filter(({ x }) => x.start >= clause.start && x.end <= clause.end);
      const weapons = inside.filter(({ x }) => isWeapon(x));
      // Tests and launches are of weapons; a signing needs its parties.
      if (kind !== 'signing' && !weapons.length) continue;
      const at = m.index;
      const actors = inside.filter(
        ({ x }) => (x.type === 'country' || x.type === 'organization' || x.type === 'person') && x.start < at && !placeBefore(text, x) && !inTitle(sentence, x),
      );
      if (!actors.length) continue;
      seen.add(clause);
      const place = inside.find(({ x }) => isPlace(x) && placeBefore(text, x) && !actors.some((a) => a.i === inside.find((y) => y.x === x)!.i));
      const modal = text.slice(clause.start, m.index + m[0].length);
      const date = clauseDate(sentence, clause, PLANNED.test(modal), article.meta.published);
      found.push({
        sentence: s,
        cue: m[0],
        kind: kind === 'launch' && /uji|test/i.test(text.slice(clause.start, clause.end)) ? 'test' : kind,
        actors: actors.map(({ i }) => ({ sentence: s, mention: i })),
        weapons: weapons.map(({ i }) => ({ sentence: s, mention: i })),
        ...(place ? { place: { sentence: s, mention: place.i } } : {}),
        ...(date ? { date } : {}),
        status: isPlanned(modal, date, article.meta.published) ? 'planned' : 'happened',
      });
    }
  }
  return found;
}
