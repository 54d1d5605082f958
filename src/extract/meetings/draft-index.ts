// Indexes over the meetings merged so far, so that a telling is compared with the few meetings it
// could be part of rather than with every meeting of the corpus (a scan that made a 10,000-article
// corpus take minutes). They may list a draft under a key it has since lost, so every lookup still
// checks the whole condition, and takes the first match in creation order, as a scan would.

import type { MeetingDraft } from './merge.js';
import { SpanIndex } from './span-index.js';
import type { When } from './types.js';

type Index = Map<string, Set<MeetingDraft>>;

const listUnder = (index: Index, key: string, d: MeetingDraft) => {
  const listed = index.get(key);
  if (listed) listed.add(d);
  else index.set(key, new Set([d]));
};
const sidesKey = (participants: Set<string>) => [...participants].sort().join('\u0000');

export class DraftIndex {
  /** Dated drafts by participant, by date: a lone visitor's dated trip is compared only with their meetings it can fall in. */
  private readonly datedByParticipant = new Map<string, SpanIndex<MeetingDraft>>();
  /** Drafts by their whole set of participants: all of them, those without a date, and the dated ones by date. */
  private readonly bySides = new Map<string, { all: Set<MeetingDraft>; undated: Set<MeetingDraft>; byDate: SpanIndex<MeetingDraft> }>();
  /** Drafts whose sides are delegations, by participant (a draft's sides never become delegations later). */
  private readonly delegationsByParticipant: Index = new Map();
  /** Drafts with a person whose titles belong to the key (a country or body). */
  private readonly byOwner: Index = new Map();
  /** Drafts told by the article of that id. */
  private readonly byArticle: Index = new Map();

  constructor(private readonly roleOwners: Map<string, Set<string>>) {}

  addParticipants(d: MeetingDraft): void {
    const key = sidesKey(d.participants);
    let sides = this.bySides.get(key);
    if (!sides) this.bySides.set(key, (sides = { all: new Set(), undated: new Set(), byDate: new SpanIndex() }));
    sides.all.add(d);
    if (d.when) sides.byDate.add(d.when, d);
    else sides.undated.add(d);
    if (d.when) this.listDated(d);
    for (const p of d.participants) {
      if (d.delegations) listUnder(this.delegationsByParticipant, p, d);
      for (const o of this.roleOwners.get(p) ?? []) listUnder(this.byOwner, o, d);
    }
  }

  private listDated(d: MeetingDraft): void {
    for (const p of d.participants) {
      let dated = this.datedByParticipant.get(p);
      if (!dated) this.datedByParticipant.set(p, (dated = new SpanIndex()));
      dated.add(d.when!, d);
    }
  }

  /** A draft that had no date has one now. */
  addDate(d: MeetingDraft): void {
    const sides = this.bySides.get(sidesKey(d.participants));
    sides?.undated.delete(d);
    sides?.byDate.add(d.when!, d);
    this.listDated(d);
  }

  addArticle(d: MeetingDraft, article: string): void {
    listUnder(this.byArticle, article, d);
  }

  ofArticle = (id: string | undefined) => listed(this.byArticle, id);
  /** The dated drafts listed under a participant whose dates overlap `date`, each once. */
  datedOf = (key: string, date: When) => new Set(this.datedByParticipant.get(key)?.overlapping(date));

  /**
   * The drafts whose sides could be equal to these (never empty sides); sides of another kind
   * only when the telling is dated, as a match between kinds requires.
   */
  *sideCandidates(participants: Set<string>, delegations: boolean, date: When | undefined): Generator<MeetingDraft> {
    // Sides of the same kind are equal sets; a dated telling is of an undated meeting or one whose date overlaps its own.
    const sides = this.bySides.get(sidesKey(participants));
    if (sides && date) {
      yield* sides.undated;
      yield* sides.byDate.overlapping(date);
    } else if (sides) yield* sides.all;
    if (!date) return;
    // Delegations against people: every delegation is owned by one of the people…
    if (delegations) yield* smallest(this.byOwner, participants);
    // …and each person's titles belong to one of the delegations.
    else for (const o of this.roleOwners.get([...participants][0]!) ?? []) yield* listed(this.delegationsByParticipant, o);
  }
}

const listed = (index: Index, key: string | undefined): Set<MeetingDraft> => (key !== undefined && index.get(key)) || new Set();

function smallest(index: Index, keys: Iterable<string>): Set<MeetingDraft> {
  let best: Set<MeetingDraft> | undefined;
  for (const key of keys) {
    const found = listed(index, key);
    if (!best || found.size < best.size) best = found;
  }
  return best ?? new Set();
}

/** The first draft in creation order that passes the test. */
export function firstOf(candidates: Iterable<MeetingDraft>, test: (d: MeetingDraft) => boolean): MeetingDraft | undefined {
  let first: MeetingDraft | undefined;
  for (const d of candidates) if ((!first || d.seq < first.seq) && test(d)) first = d;
  return first;
}
