// From candidates to graph parts: meetings and events told by one or many sentences and
// articles become one node each, typed relations become edges carrying who claims and who
// denies them. Pure: resolved articles in, node and edge drafts out; build.ts adds them.
//
// One meeting, many tellings: candidates are the same meeting when their participants are the
// same entities (order-free; a delegation "Rusia" is the same side as a person whose title
// belongs to Russia), their dates can be the same (equal, or one's span holds the other's: a
// month holds its days, "pekan ini" holds Tuesday), and their places agree (equal, or one is in
// the other's country, or one is unsaid). The most precise date and place seen are kept.

import type { EdgeType, IsoDay, NodeType, PartialDate } from '../graph/types.js';
import { dateSpan } from './dates.js';
import { type EventCandidate, type MeetingCandidate, type MentionRef, datesCompatible } from './events.js';
import type { ExtractedArticle } from './pipeline.js';
import type { Entity, Resolution } from './resolve.js';
import { slugify } from './slug.js';
import type { SentenceEvidence as Evidence } from './types.js';

export interface NodePart {
  key: string;
  type: NodeType;
  label: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  start: IsoDay;
  end: IsoDay;
  attributes: { date?: PartialDate; status?: 'happened' | 'planned'; place?: string; kind?: string };
}

export interface EdgePart {
  type: EdgeType;
  source: string;
  target: string;
  label: string;
  evidence: Evidence;
  span: { start: IsoDay; end: IsoDay } | undefined;
  claimedBy?: string[];
  deniedBy?: string[];
}

export interface Context {
  /** Person key → the countries and bodies their titles belong to. */
  roleOwners: Map<string, Set<string>>;
  /** Place key → the key of its country. */
  placeCountry: Map<string, string>;
}

interface When {
  value: PartialDate;
  start: IsoDay;
  end: IsoDay;
}

interface Telling {
  article: string;
  sentence: string;
  visitors: string[];
}

interface MeetingDraft {
  /** Creation order: the order in which `drafts` is searched. */
  seq: number;
  participants: Set<string>;
  delegations: boolean;
  kind: 'meeting' | 'visit';
  place?: string;
  /** Every place a telling names for it ("Aula Besar Rakyat", "Beijing"). */
  places: Set<string>;
  when?: When;
  /** The publication date of the first telling, for meetings whose text gives no date. */
  published: IsoDay | '';
  happened: boolean;
  cues: Set<string>;
  tellings: Telling[];
  articles: Set<string>;
}

const width = (w: When) => (Date.parse(w.end) - Date.parse(w.start)) / 864e5;
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** A telling's date against a draft's: unknown dates go with anything the story could mean. */
function compatibleWhen(a: When | undefined, b: When | undefined, published: IsoDay | ''): boolean {
  if (a && b) return datesCompatible(a, b);
  const known = a ?? b;
  // A meeting told without a date happened before the story (or is planned after it).
  return !known || !published || known.start <= published || known.start > published;
}

export function assembleEvents(
  articles: ExtractedArticle[],
  { entities, keys }: Resolution,
  { roleOwners, placeCountry }: Context,
): { nodes: NodePart[]; edges: EdgePart[] } {
  const label = (key: string) => entities.get(key)?.label ?? key;
  const countryOf = (key: string) => (key.startsWith('country:') ? key : placeCountry.get(key));
  const placeSetsAgree = (a: Set<string>, b: Set<string>, sameStory = false) =>
    !a.size || !b.size || [...a].some((x) => [...b].some((y) => placesAgree(x, y) || (sameStory && (vague(x) || vague(y)))));
  /** A named building or site whose country the gazetteer does not know ("Ittihadiya palace"). */
  const vague = (key: string) => !key.startsWith('country:') && countryOf(key) === undefined;
  const placesAgree = (a?: string, b?: string) =>
    !a || !b || a === b || countryOf(a) === b || countryOf(b) === a || (countryOf(a) !== undefined && countryOf(a) === countryOf(b) && a.startsWith('country:') !== b.startsWith('country:'));
  const morePrecisePlace = (a?: string, b?: string) => (!a ? b : !b ? a : a.startsWith('country:') && !b.startsWith('country:') ? b : a);

  /** Whether two sides are the same: equal sets, or delegations matched by people's titles. */
  const sameSides = (a: Set<string>, aDel: boolean, b: Set<string>, bDel: boolean) => {
    if (aDel === bDel) return sameSet(a, b);
    const [people, delegations] = aDel ? [b, a] : [a, b];
    const owners = [...people].map((p) => roleOwners.get(p) ?? new Set<string>());
    return (
      [...delegations].every((d) => owners.some((o) => o.has(d))) && owners.every((o) => [...delegations].some((d) => o.has(d)))
    );
  };

  const drafts: MeetingDraft[] = [];
  const edges: EdgePart[] = [];
  const eventDrafts: EventDraft[] = [];

  // Indexes over the drafts, so that a telling is compared with the few meetings it could be part
  // of rather than with every meeting of the corpus (a scan that made a 10,000-article corpus take
  // minutes). They may list a draft under a key it has since lost, so every lookup still checks the
  // whole condition, and takes the first match in creation order, as a scan of `drafts` would.
  const byParticipant = new Map<string, Set<MeetingDraft>>();
  /** Drafts by their whole set of participants. */
  const bySides = new Map<string, Set<MeetingDraft>>();
  /** Drafts whose sides are delegations, by participant (a draft's sides never become delegations later). */
  const delegationsByParticipant = new Map<string, Set<MeetingDraft>>();
  /** Drafts with a person whose titles belong to the key (a country or body). */
  const byOwner = new Map<string, Set<MeetingDraft>>();
  /** Drafts told by the article of that id. */
  const byArticle = new Map<string, Set<MeetingDraft>>();
  const listUnder = (index: Map<string, Set<MeetingDraft>>, key: string, d: MeetingDraft) => {
    const listed = index.get(key);
    if (listed) listed.add(d);
    else index.set(key, new Set([d]));
  };
  const sidesKey = (participants: Set<string>) => [...participants].sort().join('\u0000');
  const indexParticipants = (d: MeetingDraft) => {
    listUnder(bySides, sidesKey(d.participants), d);
    for (const p of d.participants) {
      if (d.delegations) listUnder(delegationsByParticipant, p, d);
      listUnder(byParticipant, p, d);
      for (const o of roleOwners.get(p) ?? []) listUnder(byOwner, o, d);
    }
  };
  const listed = (index: Map<string, Set<MeetingDraft>>, key: string | undefined): Set<MeetingDraft> =>
    (key !== undefined && index.get(key)) || new Set();
  const smallest = (index: Map<string, Set<MeetingDraft>>, keys: Iterable<string>): Set<MeetingDraft> => {
    let best: Set<MeetingDraft> | undefined;
    for (const key of keys) {
      const found = listed(index, key);
      if (!best || found.size < best.size) best = found;
    }
    return best ?? new Set();
  };
  /**
   * The drafts whose sides sameSides could find equal to these (never empty sides); sides of
   * another kind only when the telling is dated, as a match between kinds requires.
   */
  function* sideCandidates(participants: Set<string>, delegations: boolean, dated: boolean): Generator<MeetingDraft> {
    // Sides of the same kind are equal sets.
    yield* listed(bySides, sidesKey(participants));
    if (!dated) return;
    // Delegations against people: every delegation is owned by one of the people…
    if (delegations) yield* smallest(byOwner, participants);
    // …and each person's titles belong to one of the delegations.
    else for (const o of roleOwners.get([...participants][0]!) ?? []) yield* listed(delegationsByParticipant, o);
  }
  const firstOf = (candidates: Iterable<MeetingDraft>, test: (d: MeetingDraft) => boolean): MeetingDraft | undefined => {
    let first: MeetingDraft | undefined;
    for (const d of candidates) if ((!first || d.seq < first.seq) && test(d)) first = d;
    return first;
  };
  /** Events by kind and actors, the parts a telling must share with its event. */
  const eventsBySides = new Map<string, EventDraft[]>();

  for (const [a, article] of articles.entries()) {
    const { id, published } = article.meta;
    const keyOf = (r: MentionRef) => keys[a]![r.sentence]![r.mention]!;
    const { meetings, events } = article.tellings;
    const told: MeetingDraft[] = [];

    const addTelling = (d: MeetingDraft, c: MeetingCandidate, visitors: string[]) => {
      const sentence = article.sentences[c.sentence]!.text;
      if (!d.tellings.some((t) => t.article === id && t.sentence === sentence)) d.tellings.push({ article: id, sentence, visitors });
      else for (const t of d.tellings) if (t.article === id && t.sentence === sentence) t.visitors = [...new Set([...t.visitors, ...visitors])];
      if (!d.articles.has(id)) listUnder(byArticle, id, d);
      d.articles.add(id);
      d.cues.add(c.cue.replace(/\s+/g, ' ').toLowerCase());
      if (c.status === 'happened') d.happened = true;
      let refined = false;
      if (c.date && (!d.when || (datesCompatible(c.date, d.when) && width(c.date) < width(d.when)))) {
        refined = d.when !== undefined;
        d.when = { ...c.date };
      }
      const place = c.place ? keyOf(c.place) : undefined;
      // The telling with the most precise date says most precisely where ("pada 13 September di Kosmodrom Vostochny").
      if (place && !d.participants.has(place)) d.place = refined && !place.startsWith('country:') ? place : morePrecisePlace(d.place, place);
      for (const p of [...(c.places ?? []).map(keyOf), ...(place ? [place] : [])]) if (!d.participants.has(p)) d.places.add(p);
      if (c.kind === 'meeting' && d.participants.size > 1) d.kind = 'meeting';
      const index = told.indexOf(d);
      if (index >= 0) told.splice(index, 1);
      told.push(d);
    };

    // A headline tells a meeting of the story: it is read after the body, and joins the first
    // meeting told there that has all its people; a lone name that joins none makes no meeting.
    const ordered = [...meetings.filter((c) => !c.headline), ...meetings.filter((c) => c.headline)];
    for (const c of ordered) {
      const sentence = article.sentences[c.sentence]!;
      if (c.headline) {
        const names = new Set(c.participants.map(keyOf));
        const whole = firstOf(
          listed(byArticle, id),
          (d) =>
            names.size > 0 &&
            [...names].every((p) => d.participants.has(p) || [...d.participants].some((q) => roleOwners.get(q)?.has(p))) &&
            (!c.date || !d.when || datesCompatible(c.date, d.when)),
        );
        if (whole) {
          addTelling(whole, { ...c, place: undefined, places: [] }, []);
          continue;
        }
        if (names.size < 2) continue;
      }
      const participants = new Set(c.participants.map(keyOf));
      const delegations = c.participants.every((r) => article.sentences[r.sentence]!.mentions[r.mention]!.type !== 'person');
      const place = c.place ? keyOf(c.place) : undefined;
      if (place) participants.delete(place);
      // Who travels: the subject of a visit verb, or those a host receives.
      const visitors =
        c.kind === 'visit' || /^(?:tiba|arriv|travel|perjalanan|bertolak|mengunjungi|visit|kunjungan|menerima|menyambut|hosted|welcomed)/i.test(c.cue)
          ? [...participants]
          : [];
      if (c.anaphoric) {
        const target = [...told]
          .reverse()
          .find(
            (d) =>
              [...participants].every((p) => d.participants.has(p) || [...d.participants].some((q) => roleOwners.get(q)?.has(p))) &&
              (!c.date || !d.when || datesCompatible(c.date, d.when)),
          );
        if (target) {
          addTelling(target, { ...c, place: c.place }, []);
          continue;
        }
        // "Choe dan Lavrov … hasil pembicaraan mereka": the meeting of some of those named.
        const among = participants.size
          ? [...told].reverse().find((d) => d.participants.size > 1 && [...d.participants].every((p) => participants.has(p)))
          : undefined;
        if (among && !c.joins) {
          addTelling(among, c, []);
          continue;
        }
        // "Mossad chief David Barnea also attended the talks": they join the meeting just told.
        const joined = c.joins ? told[told.length - 1] : undefined;
        if (joined && (!c.date || !joined.when || datesCompatible(c.date, joined.when))) {
          if (joined.delegations) {
            joined.participants = new Set();
            joined.delegations = false;
          }
          for (const p of participants) joined.participants.add(p);
          indexParticipants(joined);
          addTelling(joined, c, []);
          continue;
        }
        if (!participants.size || c.backOnly) continue;
      }
      if (!participants.size) continue;
      void sentence;
      const candidatePlaces = new Set([...(c.places ?? []).map(keyOf), ...(place ? [place] : [])]);
      const match =
        firstOf(
          sideCandidates(participants, delegations, c.date !== undefined),
          (d) =>
            sameSides(participants, delegations, d.participants, d.delegations) &&
            // A delegation is a person's side only on a date both tellings state.
            (delegations === d.delegations || (c.date !== undefined && d.when !== undefined)) &&
            placeSetsAgree(candidatePlaces, d.places, d.articles.has(id)) &&
            compatibleWhen(c.date, d.when, published) &&
            // Two dated tellings of one meeting agree; an undated one joins the meeting of its story.
            (c.date || d.when ? true : d.articles.has(id)),
        ) ??
        // A lone visitor's trip that is one meeting of theirs ("kunjungan Kim ke Rusia pada September").
        (participants.size === 1 && c.date
          ? (() => {
              const [p] = participants;
              const hosts = [...listed(byParticipant, p)].filter(
                (d) => d.participants.has(p!) && d.participants.size > 1 && d.when && datesCompatible(c.date!, d.when) && placeSetsAgree(candidatePlaces, d.places),
              );
              return hosts.length === 1 ? hosts[0] : undefined;
            })()
          : undefined);
      if (match) {
        if (match.delegations && !delegations) {
          match.participants = participants;
          match.delegations = false;
          indexParticipants(match);
        }
        addTelling(match, c, visitors);
        continue;
      }
      const draft: MeetingDraft = {
        seq: drafts.length,
        participants,
        delegations,
        kind: c.kind,
        places: new Set(),
        published,
        happened: false,
        cues: new Set(),
        tellings: [],
        articles: new Set(),
      };
      drafts.push(draft);
      indexParticipants(draft);
      addTelling(draft, c, visitors);
    }

    for (const e of events) {
      const actors = new Set(e.actors.map(keyOf));
      const weapons = new Set(e.weapons.map(keyOf));
      const when = e.date;
      const sentence = article.sentences[e.sentence]!.text;
      const sides = `${e.kind}\u0000${[...actors].sort().join('\u0000')}`;
      let alike = eventsBySides.get(sides);
      if (!alike) eventsBySides.set(sides, (alike = []));
      let draft = alike.find(
        (d) =>
          (when && d.when
            ? [...weapons].some((w) => d.weapons.has(w)) && datesCompatible(when, d.when)
            : d.articles.has(id)),
      );
      if (!draft) {
        draft = { kind: e.kind, actors, weapons: new Set(), happened: false, published, tellings: [], articles: new Set(), cues: new Set() };
        eventDrafts.push(draft);
        alike.push(draft);
      }
      for (const w of weapons) draft.weapons.add(w);
      if (when && (!draft.when || (datesCompatible(when, draft.when) && width(when) < width(draft.when)))) draft.when = { ...when };
      if (e.place) draft.place = morePrecisePlace(draft.place, keyOf(e.place));
      if (e.status === 'happened') draft.happened = true;
      draft.cues.add(e.cue.toLowerCase());
      draft.articles.add(id);
      if (!draft.tellings.some((t) => t.article === id && t.sentence === sentence)) draft.tellings.push({ article: id, sentence, visitors: [] });
    }

    relationEdges(article, a, keys, entities, edges);
  }

  // Countries or bodies told as sides ("kunjungan menteri luar negeri Korea Utara ke Rusia") are the
  // people's meeting of the same story whose titles belong to every one of them, when a date
  // both state (or the sides' silence) and the places allow it: the first such meeting told.
  // Merged drafts leave `drafts` at the end, in one pass.
  const merged = new Set<MeetingDraft>();
  for (const loose of drafts) {
    if (!loose.delegations) continue;
    const host = firstOf(
      // Its host holds every article of it, the first among them.
      listed(byArticle, [...loose.articles][0]),
      (d) =>
        d !== loose &&
        !merged.has(d) &&
        !d.delegations &&
        [...loose.articles].every((x) => d.articles.has(x)) &&
        [...loose.participants].every((x) => [...d.participants].some((p) => roleOwners.get(p)?.has(x))) &&
        (!loose.when || (d.when !== undefined && datesCompatible(loose.when, d.when))) &&
        placeSetsAgree(loose.places, d.places, true),
    );
    if (!host) continue;
    for (const t of loose.tellings) if (!host.tellings.some((h) => h.article === t.article && h.sentence === t.sentence)) host.tellings.push({ ...t, visitors: [] });
    for (const x of loose.cues) host.cues.add(x);
    if (loose.happened) host.happened = true;
    merged.add(loose);
  }

  // A lone person's telling ("Prabowo Kunjungi Paris", "Huang meets Vietnam's leaders") is the
  // one meeting of theirs it can be: same story or same date, places agreeing.
  // The meetings a lone person's telling can join: theirs with others, in creation order
  // (participants no longer change).
  const sharedByParticipant = new Map<string, MeetingDraft[]>();
  for (const d of drafts) {
    if (d.participants.size < 2 || merged.has(d)) continue;
    for (const p of d.participants) {
      const shared = sharedByParticipant.get(p);
      if (shared) shared.push(d);
      else sharedByParticipant.set(p, [d]);
    }
  }
  for (const lone of drafts) {
    if (lone.participants.size !== 1 || lone.delegations || merged.has(lone)) continue;
    const [p] = lone.participants;
    const stories = [...lone.articles];
    const sharesStory = (d: MeetingDraft) => stories.some((x) => d.articles.has(x));
    const hosts = (sharedByParticipant.get(p!) ?? []).filter(
      (d) =>
        // Dated, it joins a meeting of a date that can be the same; undated, one of its own stories.
        (lone.when ? d.when !== undefined && datesCompatible(lone.when, d.when) : sharesStory(d)) &&
        placeSetsAgree(lone.places, d.places, sharesStory(d)),
    );
    // Several meetings of theirs: the one that agrees on whether it happened, then the first told.
    const agreeing = hosts.filter((d) => d.happened === lone.happened);
    const host =
      hosts.length === 1
        ? hosts[0]
        : lone.places.size > 0 && agreeing.length >= 1 && [...lone.articles].every((x) => agreeing[0]!.articles.has(x))
          ? agreeing[0]
          : undefined;
    if (!host) continue;
    for (const t of lone.tellings) if (!host.tellings.some((h) => h.article === t.article && h.sentence === t.sentence)) host.tellings.push(t);
    for (const x of lone.articles) {
      if (!host.articles.has(x)) listUnder(byArticle, x, host);
      host.articles.add(x);
    }
    for (const x of lone.cues) host.cues.add(x);
    for (const x of lone.places) host.places.add(x);
    host.place = morePrecisePlace(host.place, lone.place);
    if (lone.happened) host.happened = true;
    if (lone.when && (!host.when || (datesCompatible(lone.when, host.when) && width(lone.when) < width(host.when)))) host.when = lone.when;
    merged.add(lone);
  }

  const nodes: NodePart[] = [];
  const used = new Set<string>();
  const uniqueKey = (base: string) => {
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  };

  /** A meeting or event node: one shape for both, so the viewer and the exports read them alike. */
  const happeningNode = (
    key: string,
    type: 'meeting' | 'event',
    text: string,
    d: { cues: Set<string>; tellings: unknown[]; articles: Set<string>; place?: string; kind: string },
    when: When,
    status: 'happened' | 'planned',
  ) => ({
    key,
    type,
    label: text,
    aliases: [...d.cues].sort(),
    mentions: d.tellings.length,
    articles: [...d.articles].sort(),
    start: when.start,
    end: when.end,
    attributes: {
      ...(when.value ? { date: when.value } : {}),
      status,
      ...(d.place ? { place: label(d.place) } : {}),
      kind: d.kind,
    },
  });

  const finished = drafts
    .filter((d) => !merged.has(d))
    .map((d) => {
      // A planned meeting the text gives no date for has none: its days are the day it was
      // reported (start/end, for the time bar), not a date it holds for.
      const reported = d.published ? { value: d.published, start: d.published, end: d.published } : { value: '', start: '', end: '' };
      const when: When = d.when ?? (d.happened ? reported : { ...reported, value: '' });
      const names = [...d.participants].map(label).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      const text = [names.join(' – '), d.place ? label(d.place) : '', when.value].filter(Boolean).join(', ');
      return { d, when, text };
    })
    .sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));

  for (const { d, when, text } of finished) {
    const key = uniqueKey(`meeting:${slugify(text)}`);
    const status = d.happened || (when.end !== '' && d.published !== '' && when.end < d.published) ? 'happened' : 'planned';
    nodes.push(happeningNode(key, 'meeting', text, d, when, status));
    const span = when.start ? { start: when.start, end: when.end } : undefined;
    for (const t of d.tellings) {
      const evidence: Evidence = { article: t.article, sentence: t.sentence, date: when.value || when.start };
      for (const p of [...d.participants].sort()) edges.push({ type: 'attends', source: p, target: key, label: '', evidence, span });
      if (d.place) {
        edges.push({ type: 'held_in', source: key, target: d.place, label: '', evidence, span });
        for (const v of t.visitors) if (d.participants.has(v)) edges.push({ type: 'visits', source: v, target: d.place, label: '', evidence, span });
      }
    }
  }

  const events = eventDrafts
    .map((d) => {
      const when: When = d.when ?? (d.published ? { value: d.published, start: d.published, end: d.published } : { value: '', start: '', end: '' });
      const what = `${[...d.weapons].map(label).sort()[0] ?? ''} ${KIND_LABEL[d.kind]}`.trim();
      const text = [`${[...d.actors].map(label).sort().join(' – ')}: ${what}`, d.place ? label(d.place) : '', when.value].filter(Boolean).join(', ');
      return { d, when, text };
    })
    .sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  for (const { d, when, text } of events) {
    const key = uniqueKey(`event:${slugify(text)}`);
    nodes.push(happeningNode(key, 'event', text, d, when, d.happened ? 'happened' : 'planned'));
    const span = when.start ? { start: when.start, end: when.end } : undefined;
    for (const t of d.tellings) {
      const evidence: Evidence = { article: t.article, sentence: t.sentence, date: when.value };
      for (const actor of [...d.actors].sort()) {
        if (d.kind === 'signing') edges.push({ type: 'signs', source: actor, target: key, label: '', evidence, span });
        else {
          edges.push({ type: 'involves', source: key, target: actor, label: '', evidence, span });
          for (const w of [...d.weapons].sort())
            edges.push({ type: d.kind === 'test' ? 'tests' : 'launches', source: actor, target: w, label: '', evidence, span });
        }
      }
      for (const w of [...d.weapons].sort()) edges.push({ type: 'involves', source: key, target: w, label: '', evidence, span });
      if (d.place) edges.push({ type: 'held_in', source: key, target: d.place, label: '', evidence, span });
    }
  }
  return { nodes, edges };
}

const KIND_LABEL: Record<EventCandidate['kind'], string> = { test: 'test', launch: 'launch', signing: 'signing' };

interface EventDraft {
  kind: EventCandidate['kind'];
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

/** Typed relations of one article as edges; denials find the accusers the story named before. */
function relationEdges(
  article: ExtractedArticle,
  a: number,
  keys: string[][][],
  entities: Map<string, Entity>,
  edges: EdgePart[],
): void {
  const { id, published } = article.meta;
  const keyOf = (r: MentionRef) => keys[a]![r.sentence]![r.mention]!;
  const accusations: { accuser: string; accused: string }[] = [];
  const supplyClaims: { source: string; target: string; claimants: string[] }[] = [];
  for (const r of article.tellings.relations) {
    const sentence = article.sentences[r.sentence]!;
    const stated = sentence.dates[0];
    const date = stated?.value ?? published;
    const span = stated ? { start: stated.start, end: stated.end } : published ? dateSpan(published) : undefined;
    const evidence: Evidence = { article: id, sentence: sentence.text, date };
    const source = keyOf(r.source);
    const target = keyOf(r.target);
    let claimedBy = [...new Set(r.claimedBy.map(keyOf))].filter((k) => k !== source);
    const deniedBy = [...new Set(r.deniedBy.map(keyOf))];
    if (r.type === 'denies' && r.deniesAccusation) {
      // Whom the denial answers: the accusers of the story so far, else nobody named.
      const accusers = [...new Set(accusations.map((x) => x.accuser))].filter((k) => k !== source);
      for (const accuser of accusers) edges.push({ type: 'denies', source, target: accuser, label: r.cue.toLowerCase(), evidence, span });
      continue;
    }
    if (r.type === 'accuses') accusations.push({ accuser: source, accused: target });
    if (r.type === 'supplies' || r.type === 'receives') {
      if (deniedBy.length && !claimedBy.length) {
        // "menampik tuduhan transfer senjata": the claim is the earlier accusers'.
        claimedBy = [...new Set([
          ...supplyClaims.filter((c) => c.source === source || c.target === target).flatMap((c) => c.claimants),
          ...accusations.filter((x) => x.accused === source || x.accused === target).map((x) => x.accuser),
        ])].filter((k) => k !== source);
      }
      if (claimedBy.length) supplyClaims.push({ source, target, claimants: claimedBy });
    }
    const weapons = r.weapons.map((w) => entities.get(keyOf(w))?.label ?? keyOf(w));
    const label =
      r.type === 'supplies' && weapons.length ? [...new Set(weapons)].sort().join(', ') : r.carried ?? r.cue.toLowerCase();
    edges.push({
      type: r.type,
      source,
      target,
      label,
      evidence,
      span,
      ...(claimedBy.length ? { claimedBy } : {}),
      ...(deniedBy.length ? { deniedBy } : {}),
    });
  }
}
