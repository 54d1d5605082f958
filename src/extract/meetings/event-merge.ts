// One event, many tellings: the same kind by the same actors, on a date that can be the same and
// with a weapon in common (or, undated, in the same story).

import type { IsoDay } from '../../graph/types.js';
import type { ExtractedArticle } from '../pipeline.js';
import { datesCompatible } from './dates.js';
import { width, type Telling } from './merge.js';
import { PlaceAgreement } from './places.js';
import type { EventKind, MentionRef, When } from './types.js';

export interface EventDraft {
  kind: EventKind;
  actors: Set<string>;
  weapons: Set<string>;
  place?: string;
  when?: When;
  published: IsoDay | '';
  happened: boolean;
  tellings: Telling[];
  articles: Set<string>;
  cues: Set<string>;
}

export class EventMerger {
  readonly drafts: EventDraft[] = [];
  /** Events by kind and actors, the parts a telling must share with its event. */
  private readonly bySides = new Map<string, EventDraft[]>();

  addArticle(article: ExtractedArticle, keyOf: (r: MentionRef) => string, refs: number[]): void {
    const { id, published } = article.meta;
    for (const e of article.tellings.events) {
      const actors = new Set(e.actors.map(keyOf));
      const weapons = new Set(e.weapons.map(keyOf));
      const when = e.date;
      const sentence = refs[e.sentence]!;
      const sides = `${e.kind}\u0000${[...actors].sort().join('\u0000')}`;
      let alike = this.bySides.get(sides);
      if (!alike) this.bySides.set(sides, (alike = []));
      let draft = alike.find((d) => (when && d.when ? [...weapons].some((w) => d.weapons.has(w)) && datesCompatible(when, d.when) : d.articles.has(id)));
      if (!draft) {
        draft = { kind: e.kind, actors, weapons: new Set(), happened: false, published, tellings: [], articles: new Set(), cues: new Set() };
        this.drafts.push(draft);
        alike.push(draft);
      }
      for (const w of weapons) draft.weapons.add(w);
      if (when && (!draft.when || (datesCompatible(when, draft.when) && width(when) < width(draft.when)))) draft.when = { ...when };
      if (e.place) draft.place = PlaceAgreement.morePrecise(draft.place, keyOf(e.place));
      if (e.status === 'happened') draft.happened = true;
      draft.cues.add(e.cue.toLowerCase());
      draft.articles.add(id);
      if (!draft.tellings.some((t) => t.article === id && t.sentence === sentence)) draft.tellings.push({ article: id, sentence, visitors: [] });
    }
  }
}
