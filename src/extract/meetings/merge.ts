// One meeting, many tellings: candidates from every article become one meeting each when their
// participants are the same entities (order-free; a delegation "Rusia" is the same side as a
// person whose title belongs to Russia), their dates can be the same (equal, or one's span holds
// the other's: a month holds its days, "pekan ini" holds Tuesday), and their places agree (equal,
// or one is in the other's country, or one is unsaid). The most precise date and place seen are kept.

import { dayNumber } from '../../graph/days.js';
import type { IsoDay } from '../../graph/types.js';
import type { ExtractedArticle } from '../pipeline.js';
import { datesCompatible } from './dates.js';
import { DraftIndex, firstOf } from './draft-index.js';
import { PlaceAgreement } from './places.js';
import { SpanIndex } from './span-index.js';
import type { MeetingCandidate, MeetingKind, MeetingMode, MeetingStatus, MentionRef, When } from './types.js';

export interface Telling {
  article: string;
  /** The sentence's index (sentence-refs.ts). */
  sentence: number;
  visitors: string[];
}

export interface MeetingDraft {
  /** Creation order: the order in which drafts are searched. */
  seq: number;
  participants: Set<string>;
  delegations: boolean;
  kind: MeetingKind;
  place?: string;
  /** Every place a telling names for it ("Aula Besar Rakyat", "Beijing"). */
  places: Set<string>;
  when?: When;
  /** The publication date of the first telling, for meetings whose text gives no date. */
  published: IsoDay | '';
  happened: boolean;
  /** The status of every telling: a hypothetical or denied one never merges with one that happened. */
  statuses: Set<MeetingStatus>;
  modes: Set<MeetingMode>;
  /** The participants the tellings name as host. */
  hosts: Set<string>;
  /** The strongest cue any telling uses. */
  cueStrength: number;
  /** The date and the place each telling states, for the agreement a confidence counts. */
  toldDates: When[];
  toldPlaces: string[];
  cues: Set<string>;
  tellings: Telling[];
  articles: Set<string>;
}

const unreal = (s: MeetingStatus) => s === 'hypothetical' || s === 'denied';

/** Whether tellings of these statuses can be of one meeting: never a wish or a denial with one that happened. */
export function statusesMix(status: MeetingStatus, others: Set<MeetingStatus>): boolean {
  if (unreal(status)) return !others.has('happened');
  if (status === 'happened') return ![...others].some(unreal);
  return true;
}

/** What a draft folded into another brings to it besides tellings, cues and places. */
function absorb(host: MeetingDraft, other: MeetingDraft): void {
  for (const x of other.statuses) host.statuses.add(x);
  for (const x of other.modes) host.modes.add(x);
  host.cueStrength = Math.max(host.cueStrength, other.cueStrength);
  host.toldDates.push(...other.toldDates);
  host.toldPlaces.push(...other.toldPlaces);
}

/** The article being merged: its id, date, mention keys and the drafts it told, last told last. */
interface ArticleScope {
  article: ExtractedArticle;
  id: string;
  published: IsoDay | '';
  keyOf: (r: MentionRef) => string;
  /** Each sentence's index as evidence (sentence-refs.ts). */
  refs: number[];
  told: MeetingDraft[];
}

/** A person's meetings with others: all of them, and those dated, by date. */
interface SharedMeetings {
  drafts: Set<MeetingDraft>;
  byDate: SpanIndex<MeetingDraft>;
}

export const width = (w: When) => dayNumber(w.end) - dayNumber(w.start);
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

interface Dating {
  when?: When;
  happened: boolean;
  /** The publication date of the story that tells it. */
  published: IsoDay | '';
}

/**
 * Whether two tellings can be of one meeting by their dates: two dates must hold one another; an
 * undated one that happened is before its story was published, and an undated plan is not over by
 * then. Inside one story an undated telling may be of any meeting the story dates ("the talks").
 */
export function compatibleWhen(a: Dating, b: Dating, sameStory: boolean): boolean {
  if (a.when && b.when) return datesCompatible(a.when, b.when);
  const known = a.when ?? b.when;
  const undated = a.when ? b : a;
  if (!known || !undated.published || sameStory) return true;
  return undated.happened ? known.start <= undated.published : known.end >= undated.published;
}

/** Who travels: the subject of a visit verb, or those a host receives. */
const TRAVEL_CUE = /^(?:tiba|arriv|travel|perjalanan|bertolak|mengunjungi|visit|kunjungan|menerima|menyambut|hosted|welcomed)/i;

export class MeetingMerger {
  readonly drafts: MeetingDraft[] = [];
  private readonly index: DraftIndex;

  constructor(
    private readonly roleOwners: Map<string, Set<string>>,
    private readonly places: PlaceAgreement,
  ) {
    this.index = new DraftIndex(roleOwners);
  }

  /** Whether two sides are the same: equal sets, or delegations matched by people's titles. */
  private sameSides(a: Set<string>, aDel: boolean, b: Set<string>, bDel: boolean): boolean {
    if (aDel === bDel) return sameSet(a, b);
    const [people, delegations] = aDel ? [b, a] : [a, b];
    const owners = [...people].map((p) => this.roleOwners.get(p) ?? new Set<string>());
    return [...delegations].every((d) => owners.some((o) => o.has(d))) && owners.every((o) => [...delegations].some((d) => o.has(d)));
  }

  /** Every name is a participant, or owns a participant's title. */
  private holdsAll(d: MeetingDraft, names: Set<string>): boolean {
    return [...names].every((p) => d.participants.has(p) || [...d.participants].some((q) => this.roleOwners.get(q)?.has(p)));
  }

  /**
   * Every meeting an article tells. A headline tells a meeting of the story: it is read after the
   * body, and joins the first meeting told there that has all its people.
   */
  addArticle(article: ExtractedArticle, keyOf: (r: MentionRef) => string, refs: number[]): void {
    const { id, published } = article.meta;
    const scope: ArticleScope = { article, id, published, keyOf, refs, told: [] };
    const { meetings } = article.tellings;
    for (const c of [...meetings.filter((x) => !x.headline), ...meetings.filter((x) => x.headline)]) this.addCandidate(scope, c);
  }

  private addCandidate(scope: ArticleScope, c: MeetingCandidate): void {
    const { article } = scope;
    if (c.headline && this.headline(scope, c)) return;
    const participants = new Set(c.participants.map(scope.keyOf));
    const delegations = c.participants.every((r) => article.sentences[r.sentence]!.mentions[r.mention]!.type !== 'person');
    const place = c.place ? scope.keyOf(c.place) : undefined;
    if (place) participants.delete(place);
    const visitors = c.kind === 'visit' || TRAVEL_CUE.test(c.cue) ? [...participants] : [];
    if (c.anaphoric && this.pointBack(scope, c, participants)) return;
    if (!participants.size) return;
    const candidatePlaces = new Set([...(c.places ?? []).map(scope.keyOf), ...(place ? [place] : [])]);
    const match = this.sameMeeting(scope, c, participants, delegations, candidatePlaces) ?? this.visitOfMeeting(c, participants, candidatePlaces);
    if (match) {
      if (match.delegations && !delegations) {
        match.participants = participants;
        match.delegations = false;
        this.index.addParticipants(match);
      }
      this.addTelling(scope, match, c, visitors);
      return;
    }
    const draft: MeetingDraft = {
      seq: this.drafts.length, participants, delegations, kind: c.kind, places: new Set(), published: scope.published,
      happened: false, statuses: new Set(), modes: new Set(), hosts: new Set(), cueStrength: 0, toldDates: [], toldPlaces: [],
      cues: new Set(), tellings: [], articles: new Set(),
    };
    this.drafts.push(draft);
    this.index.addParticipants(draft);
    this.addTelling(scope, draft, c, visitors);
  }

  /** A headline's meeting, joined to the body's; false when it must be read as a meeting of its own. */
  private headline(scope: ArticleScope, c: MeetingCandidate): boolean {
    const names = new Set(c.participants.map(scope.keyOf));
    const whole = firstOf(this.index.ofArticle(scope.id), (d) => names.size > 0 && this.holdsAll(d, names) && (!c.date || !d.when || datesCompatible(c.date, d.when)));
    if (whole) this.addTelling(scope, whole, { ...c, place: undefined, places: [] }, []);
    // A lone name that joins none makes no meeting.
    return whole !== undefined || names.size < 2;
  }

  /** A telling that points back ("the talks", "pertemuan itu"): the meeting it joins, if any. */
  private pointBack(scope: ArticleScope, c: MeetingCandidate, participants: Set<string>): boolean {
    const { told } = scope;
    const target = [...told].reverse().find((d) => this.holdsAll(d, participants) && (!c.date || !d.when || datesCompatible(c.date, d.when)));
    if (target) {
      this.addTelling(scope, target, { ...c, place: c.place }, []);
      return true;
    }
    // "Choe dan Lavrov … hasil pembicaraan mereka": the meeting of some of those named.
    const among = participants.size ? [...told].reverse().find((d) => d.participants.size > 1 && [...d.participants].every((p) => participants.has(p))) : undefined;
    if (among && !c.joins) {
      this.addTelling(scope, among, c, []);
      return true;
    }
    // "Mossad chief David Barnea also attended the talks": they join the meeting just told.
    const joined = c.joins ? told[told.length - 1] : undefined;
    if (joined && (!c.date || !joined.when || datesCompatible(c.date, joined.when))) {
      if (joined.delegations) {
        joined.participants = new Set();
        joined.delegations = false;
      }
      for (const p of participants) joined.participants.add(p);
      this.index.addParticipants(joined);
      this.addTelling(scope, joined, c, []);
      return true;
    }
    return !participants.size || Boolean(c.backOnly);
  }

  /** A meeting already merged with the same sides, places that agree and a date that can be the same. */
  private sameMeeting(scope: ArticleScope, c: MeetingCandidate, participants: Set<string>, delegations: boolean, candidatePlaces: Set<string>) {
    return firstOf(
      this.index.sideCandidates(participants, delegations, c.date),
      (d) =>
        this.sameSides(participants, delegations, d.participants, d.delegations) &&
        statusesMix(c.status, d.statuses) &&
        // A delegation is a person's side only on a date both tellings state.
        (delegations === d.delegations || (c.date !== undefined && d.when !== undefined)) &&
        this.places.setsAgree(candidatePlaces, d.places, d.articles.has(scope.id)) &&
        compatibleWhen({ when: c.date, happened: c.status === 'happened', published: scope.published }, d, d.articles.has(scope.id)) &&
        // Two dated tellings of one meeting agree; an undated one joins the meeting of its story.
        (c.date || d.when ? true : d.articles.has(scope.id)),
    );
  }

  /** A lone visitor's dated trip that is the one meeting of theirs it can be ("kunjungan Kim ke Rusia pada September"). */
  private visitOfMeeting(c: MeetingCandidate, participants: Set<string>, candidatePlaces: Set<string>): MeetingDraft | undefined {
    if (participants.size !== 1 || !c.date) return undefined;
    const [p] = participants;
    const hosts = [...this.index.datedOf(p!, c.date)].filter(
      (d) =>
        d.participants.has(p!) && d.participants.size > 1 && d.when && datesCompatible(c.date!, d.when) && this.places.setsAgree(candidatePlaces, d.places) &&
        statusesMix(c.status, d.statuses),
    );
    return hosts.length === 1 ? hosts[0] : undefined;
  }

  private addTelling(scope: ArticleScope, d: MeetingDraft, c: MeetingCandidate, visitors: string[]): void {
    const { id, keyOf, told } = scope;
    const sentence = scope.refs[c.sentence]!;
    const same = d.tellings.find((t) => t.article === id && t.sentence === sentence);
    if (!same) d.tellings.push({ article: id, sentence, visitors });
    else same.visitors = [...new Set([...same.visitors, ...visitors])];
    if (!d.articles.has(id)) this.index.addArticle(d, id);
    d.articles.add(id);
    d.cues.add(c.cue.replace(/\s+/g, ' ').toLowerCase());
    if (c.status === 'happened') d.happened = true;
    d.statuses.add(c.status);
    d.modes.add(c.mode);
    if (c.host) d.hosts.add(keyOf(c.host));
    d.cueStrength = Math.max(d.cueStrength, c.cueStrength);
    if (c.date) d.toldDates.push(c.date);
    if (c.place) d.toldPlaces.push(keyOf(c.place));
    let refined = false;
    if (c.date && (!d.when || (datesCompatible(c.date, d.when) && width(c.date) < width(d.when)))) {
      refined = d.when !== undefined;
      d.when = { ...c.date };
      if (!refined) this.index.addDate(d);
    }
    const place = c.place ? keyOf(c.place) : undefined;
    // The telling with the most precise date says most precisely where ("pada 13 September di Kosmodrom Vostochny").
    if (place && !d.participants.has(place)) d.place = refined && !place.startsWith('country:') ? place : PlaceAgreement.morePrecise(d.place, place);
    for (const p of [...(c.places ?? []).map(keyOf), ...(place ? [place] : [])]) if (!d.participants.has(p)) d.places.add(p);
    if (c.kind === 'meeting' && d.participants.size > 1) d.kind = 'meeting';
    const at = told.indexOf(d);
    if (at >= 0) told.splice(at, 1);
    told.push(d);
  }

  /**
   * Countries or bodies told as sides ("kunjungan menteri luar negeri Korea Utara ke Rusia") are the
   * people's meeting of the same story whose titles belong to every one of them, when a date both
   * state (or the sides' silence) and the places allow it: the first such meeting told.
   */
  private foldDelegations(merged: Set<MeetingDraft>): void {
    for (const loose of this.drafts) {
      if (!loose.delegations) continue;
      const host = firstOf(
        // Its host holds every article of it, the first among them.
        this.index.ofArticle([...loose.articles][0]),
        (d) =>
          d !== loose &&
          !merged.has(d) &&
          !d.delegations &&
          [...loose.articles].every((x) => d.articles.has(x)) &&
          [...loose.participants].every((x) => [...d.participants].some((p) => this.roleOwners.get(p)?.has(x))) &&
          (!loose.when || (d.when !== undefined && datesCompatible(loose.when, d.when))) &&
          this.places.setsAgree(loose.places, d.places, true),
      );
      if (!host) continue;
      for (const t of loose.tellings) if (!host.tellings.some((h) => h.article === t.article && h.sentence === t.sentence)) host.tellings.push({ ...t, visitors: [] });
      for (const x of loose.cues) host.cues.add(x);
      if (loose.happened) host.happened = true;
      absorb(host, loose);
      merged.add(loose);
    }
  }

  /** The meeting of others a lone person's telling can join: same story or same date, places agreeing. */
  private hostOfLone(lone: MeetingDraft, shared: SharedMeetings | undefined): MeetingDraft | undefined {
    const stories = [...lone.articles];
    const sharesStory = (d: MeetingDraft) => stories.some((x) => d.articles.has(x));
    const hosts = this.sharedCandidates(lone, shared).filter(
      (d) =>
        // Dated, it joins a meeting of a date that can be the same; undated, one of its own stories.
        (lone.when ? d.when !== undefined && datesCompatible(lone.when, d.when) : sharesStory(d)) &&
        this.places.setsAgree(lone.places, d.places, sharesStory(d)) &&
        [...lone.statuses].every((x) => statusesMix(x, d.statuses)) &&
        // "Rencana kunjungan Putin": an undated plan is not the meeting that happened.
        (lone.when !== undefined || lone.happened || !d.happened),
    );
    // Several meetings of theirs: the one that agrees on whether it happened, then the first told.
    const agreeing = hosts.filter((d) => d.happened === lone.happened);
    if (hosts.length === 1) return hosts[0];
    return lone.places.size > 0 && agreeing.length >= 1 && stories.every((x) => agreeing[0]!.articles.has(x)) ? agreeing[0] : undefined;
  }

  /**
   * The person's meetings with others that a lone telling could join, in creation order: for a
   * dated telling those whose dates overlap its date, for an undated one those of its stories.
   * The caller checks the whole condition.
   */
  private sharedCandidates(lone: MeetingDraft, shared: SharedMeetings | undefined): MeetingDraft[] {
    if (!shared) return [];
    const found = new Set<MeetingDraft>();
    if (lone.when) for (const d of shared.byDate.overlapping(lone.when)) found.add(d);
    else for (const x of lone.articles) for (const d of this.index.ofArticle(x)) if (shared.drafts.has(d)) found.add(d);
    return [...found].sort((a, b) => a.seq - b.seq);
  }

  /** The meetings with others of each participant, as a lone person's telling looks for them. */
  private sharedByParticipant(merged: Set<MeetingDraft>): Map<string, SharedMeetings> {
    const shared = new Map<string, SharedMeetings>();
    for (const d of this.drafts) {
      if (d.participants.size < 2 || merged.has(d)) continue;
      for (const p of d.participants) {
        let mine = shared.get(p);
        if (!mine) shared.set(p, (mine = { drafts: new Set(), byDate: new SpanIndex() }));
        mine.drafts.add(d);
        if (d.when) mine.byDate.add(d.when, d);
      }
    }
    return shared;
  }

  /** A lone person's telling ("Prabowo Kunjungi Paris", "Huang meets Vietnam's leaders") joins the one meeting of theirs it can be. */
  private foldLoneTellings(merged: Set<MeetingDraft>): void {
    const shared = this.sharedByParticipant(merged);
    const toldIn = new Map<MeetingDraft, Set<string>>();
    const tellingKey = (t: Telling) => `${t.article}\u0000${t.sentence}`;
    for (const lone of this.drafts) {
      if (lone.participants.size !== 1 || lone.delegations || merged.has(lone)) continue;
      const host = this.hostOfLone(lone, shared.get([...lone.participants][0]!));
      if (!host) continue;
      let told = toldIn.get(host);
      if (!told) toldIn.set(host, (told = new Set(host.tellings.map(tellingKey))));
      for (const t of lone.tellings) {
        if (told.has(tellingKey(t))) continue;
        told.add(tellingKey(t));
        host.tellings.push(t);
      }
      for (const x of lone.articles) {
        if (!host.articles.has(x)) this.index.addArticle(host, x);
        host.articles.add(x);
      }
      for (const x of lone.cues) host.cues.add(x);
      for (const x of lone.places) host.places.add(x);
      host.place = PlaceAgreement.morePrecise(host.place, lone.place);
      if (lone.happened) host.happened = true;
      absorb(host, lone);
      if (lone.when && (!host.when || (datesCompatible(lone.when, host.when) && width(lone.when) < width(host.when)))) {
        // A meeting dated only now is found by its date from here on.
        if (!host.when) for (const p of host.participants) shared.get(p)?.byDate.add(lone.when, host);
        host.when = lone.when;
      }
      merged.add(lone);
    }
  }

  /** The meetings once every article is merged: delegations and lone tellings folded into the meetings they tell. */
  finish(): MeetingDraft[] {
    const merged = new Set<MeetingDraft>();
    this.foldDelegations(merged);
    this.foldLoneTellings(merged);
    return this.drafts.filter((d) => !merged.has(d));
  }
}
