// Graph assembly: resolved mentions → nodes, co-mentions and typed edges with evidence and dates.

import Graph from 'graphology';
import pkg from '../../package.json' with { type: 'json' };
import { datesOfEvidence, edgeKeyOf } from '../graph/lean.js';
import { edgeTypeDef } from '../graph/registry.js';
import type {
  ArticleMeta,
  EdgeAttributes,
  EdgeType,
  Evidence,
  GraphAttributes,
  IsoDay,
  NodeAttributes,
  NodeType,
  PartialDate,
} from '../graph/types.js';
import { expandRole } from './lexicon/role-abbreviations.js';
import { canonicalCountry, findMentions } from './mentions.js';
import type { AnalysedSentence, Corpus } from './pipeline.js';
import { type Entity, type Resolution, resolve } from './resolve.js';
import { assembleEvents } from './meetings/assemble.js';
import { sentenceRefs } from './sentence-refs.js';
import { slugify } from './slug.js';

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

interface Span {
  start: IsoDay;
  end: IsoDay;
}

/** What one sentence says about time: its first stated date, else the publication date. */
function sentenceDate(sentence: AnalysedSentence, published: IsoDay | ''): { date: PartialDate; span?: Span } {
  const stated = sentence.dates[0];
  if (stated) return { date: stated.value, span: { start: stated.start, end: stated.end } };
  if (published) return { date: published, span: { start: published, end: published } };
  return { date: '' };
}

function widen(target: { start: IsoDay; end: IsoDay }, span: Span | undefined): void {
  if (!span) return;
  if (!target.start || span.start < target.start) target.start = span.start;
  if (!target.end || span.end > target.end) target.end = span.end;
}

const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const mostFrequent = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';

/** A title as a label: full form (Menlu → Menteri Luar Negeri), words capitalised. */
const capitalise = (title: string) =>
  expandRole(title.replace(/\s+/g, ' ')).replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());

interface NodeDraft {
  entity: { key: string; type: NodeType; label: string };
  aliases: Set<string>;
  mentions: number;
  articles: Set<string>;
  roles: Set<string>;
  country?: string;
  lat?: number;
  lng?: number;
  start: IsoDay;
  end: IsoDay;
  /** Meetings and events: date, status, place, kind. */
  extra?: Pick<NodeAttributes, 'date' | 'status' | 'place' | 'kind'>;
}

// A big graph has hundreds of thousands of edges, most with one piece of evidence and no label or
// claim: an edge's sets are made when first needed, not five per edge up front (they were a good
// part of the build's memory and of its garbage collection).
interface EdgeDraft {
  type: EdgeType;
  claimedBy?: Set<string>;
  deniedBy?: Set<string>;
  source: string;
  target: string;
  labels?: Map<string, number>;
  evidence: Evidence[];
  /** The evidence's keys, once it is too long to scan (SCAN_LIMIT). */
  seen?: Set<string>;
  start: IsoDay;
  end: IsoDay;
}

/** Up to this many pieces of evidence, an edge's are scanned for a repeat rather than kept in a set. */
const SCAN_LIMIT = 8;

const evidenceKey = (evidence: Evidence) => `${evidence.article}\u0000${evidence.sentence}`;

/** Adds the evidence unless the edge has it (the same sentence of the same article); false if it had. */
function addEvidence(draft: EdgeDraft, evidence: Evidence): boolean {
  if (draft.seen) {
    const key = evidenceKey(evidence);
    if (draft.seen.has(key)) return false;
    draft.seen.add(key);
  } else {
    if (draft.evidence.some((e) => e.sentence === evidence.sentence && e.article === evidence.article)) return false;
    if (draft.evidence.length === SCAN_LIMIT) draft.seen = new Set([...draft.evidence, evidence].map(evidenceKey));
  }
  draft.evidence.push(evidence);
  return true;
}

const addAll = (set: Set<string> | undefined, items: Iterable<string>): Set<string> | undefined => {
  for (const item of items) (set ??= new Set()).add(item);
  return set;
};

export interface BuildOptions {
  title?: string;
  /**
   * resolve(articles), when the caller needs it too (articleTexts in texts.ts): resolution is
   * the costly step, and the graph and the texts must agree on every mention's node.
   */
  resolution?: Resolution;
}

/** Builds the contract graph (without layout) from extracted articles. */
export function buildGraph(articles: Corpus, { title, resolution }: BuildOptions = {}): NewsGraph {
  const { entities, keys } = resolution ?? resolve(articles);
  const nodes = new Map<string, NodeDraft>();
  const edges = new Map<string, EdgeDraft>();

  const nodeDraft = (entity: Entity): NodeDraft => {
    let draft = nodes.get(entity.key);
    if (!draft) {
      draft = { entity, aliases: new Set(), mentions: 0, articles: new Set(), roles: new Set(), start: '', end: '' };
      nodes.set(entity.key, draft);
    }
    return draft;
  };

  const addEdge = (
    type: EdgeType,
    source: string,
    target: string,
    label: string,
    evidence: Evidence,
    span: Span | undefined,
    claim: { claimedBy?: string[]; deniedBy?: string[] } = {},
  ) => {
    if (source === target) return;
    const key = edgeKeyOf(type, source, target);
    let draft = edges.get(key);
    if (!draft) {
      draft = { type, source, target, evidence: [], start: '', end: '' };
      edges.set(key, draft);
    }
    if (claim.claimedBy) draft.claimedBy = addAll(draft.claimedBy, claim.claimedBy.filter((k) => k !== source));
    if (claim.deniedBy) draft.deniedBy = addAll(draft.deniedBy, claim.deniedBy);
    if (label) tally((draft.labels ??= new Map()), label);
    if (addEvidence(draft, evidence)) widen(draft, span);
  };

  // A role's owner ("Korea Utara" in "Menteri Luar Negeri Korea Utara") resolves the way any mention does.
  // Demonyms ("Qatari Prime Minister") are no mentions of their own, but name the country.
  const roleOwner = (surface: string, lang: ArticleMeta['lang']): Entity | undefined => {
    const found = findMentions(surface, lang).find((m) => m.type === 'country' || m.type === 'organization');
    const demonymOf = found ? undefined : canonicalCountry(surface);
    const type = found?.type ?? 'country';
    const label = found ? (found.canonical ?? found.text.trim()) : demonymOf;
    if (!label) return undefined;
    const key = `${type}:${slugify(label)}`;
    return entities.get(key) ?? { key, type, label };
  };

  const metas: ArticleMeta[] = [];
  for (const article of articles) {
    const a = metas.length;
    metas.push(article.meta);
    const { id, published, lang } = article.meta;
    const refs = sentenceRefs(article.sentences);
    article.sentences.forEach((sentence, s) => {
      const { date, span } = sentenceDate(sentence, published);
      const evidence: Evidence = { article: id, sentence: refs[s]!, date };
      const present = new Set<string>();
      sentence.mentions.forEach((mention, m) => {
        const entity = entities.get(keys[a]![s]![m]!)!;
        const node = nodeDraft(entity);
        node.aliases.add(mention.text.replace(/\s+/g, ' ').trim());
        node.mentions++;
        node.articles.add(id);
        widen(node, span);
        present.add(entity.key);
        if (mention.lat !== undefined && mention.lng !== undefined) {
          node.lat = mention.lat;
          node.lng = mention.lng;
        }
        if (mention.role) node.roles.add(capitalise(mention.role));
        if (mention.role && mention.roleOf && entity.type === 'person') {
          // The owner is usually a mention of this sentence ("PSSI" in "Ketua Umum PSSI Erick Thohir"):
          // take the entity it resolved to, so acronyms and aliases resolve as everywhere else.
          const ownerAt = sentence.mentions.findIndex((o, k) => k !== m && o.text.trim() === mention.roleOf!.trim());
          const owner = ownerAt >= 0 ? entities.get(keys[a]![s]![ownerAt]!) : roleOwner(mention.roleOf, lang);
          if (owner) {
            // The owner is named in the title itself ("Russian", "Korea Utara"), so it is mentioned here.
            const ownerNode = nodeDraft(owner);
            if (!entities.has(owner.key)) {
              ownerNode.aliases.add(mention.roleOf.trim());
              ownerNode.mentions++;
              ownerNode.articles.add(id);
              widen(ownerNode, span);
              present.add(owner.key);
            }
            addEdge('role', entity.key, owner.key, capitalise(mention.role), evidence, span);
          }
        }
        if (mention.country && entity.type === 'place') {
          node.country = mention.country;
          // Only towards countries the corpus mentions: the gazetteer alone does not make a story about Belgium.
          const country = `country:${slugify(mention.country)}`;
          if (entities.has(country)) addEdge('located_in', entity.key, country, '', evidence, span);
        }
      });
      const inSentence = [...present].sort();
      for (let i = 0; i < inSentence.length; i++)
        for (let j = i + 1; j < inSentence.length; j++)
          addEdge('co_mention', inSentence[i]!, inSentence[j]!, '', evidence, span);
    });
  }

  // Meetings, events and typed relations, once every entity node and role edge is known.
  const roleOwners = new Map<string, Set<string>>();
  for (const e of edges.values())
    if (e.type === 'role') roleOwners.set(e.source, (roleOwners.get(e.source) ?? new Set()).add(e.target));
  const placeCountry = new Map<string, string>();
  for (const [key, n] of nodes) if (n.country) placeCountry.set(key, `country:${slugify(n.country)}`);
  const extra = assembleEvents(articles, { entities, keys }, { roleOwners, placeCountry });
  for (const n of extra.nodes) {
    nodes.set(n.key, {
      entity: { key: n.key, type: n.type, label: n.label },
      aliases: new Set(n.aliases), mentions: n.mentions, articles: new Set(n.articles), roles: new Set(),
      start: n.start, end: n.end, extra: n.attributes,
    });
  }
  for (const e of extra.edges) addEdge(e.type, e.source, e.target, e.label, e.evidence, e.span, e);

  const graph: NewsGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({
    title: title ?? `newsgraph: ${articles.length} article${articles.length === 1 ? '' : 's'}`,
    generator: { name: pkg.name, version: pkg.version },
    articles: metas.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
  });

  for (const key of [...nodes.keys()].sort()) {
    const n = nodes.get(key)!;
    const attributes: NodeAttributes = {
      label: n.entity.label,
      type: n.entity.type,
      aliases: [...n.aliases].sort(),
      mentions: n.mentions,
      articles: [...n.articles].sort(),
      start: n.start,
      end: n.end,
      x: 0,
      y: 0,
      size: 1,
      color: '',
    };
    if (n.roles.size) attributes.role = [...n.roles].sort();
    if (n.country) attributes.country = n.country;
    if (n.lat !== undefined && n.lng !== undefined) Object.assign(attributes, { lat: n.lat, lng: n.lng });
    if (n.extra) Object.assign(attributes, n.extra);
    graph.addNode(key, attributes);
  }

  // Each draft is let go once its edge is made: a big edge's draft holds a set of its evidence's keys.
  for (const key of [...edges.keys()].sort()) {
    const e = edges.get(key)!;
    edges.delete(key);
    const attributes: EdgeAttributes = {
      type: e.type,
      weight: e.evidence.length,
      label: (e.labels && mostFrequent(e.labels)) || edgeTypeDef(e.type).label.en,
      start: e.start,
      end: e.end,
      dates: datesOfEvidence(e.evidence),
      evidence: e.evidence,
    };
    if (e.claimedBy?.size) attributes.claimed_by = [...e.claimedBy].sort();
    if (e.deniedBy?.size) attributes.denied_by = [...e.deniedBy].sort();
    if (edgeTypeDef(e.type).directed) graph.addDirectedEdgeWithKey(key, e.source, e.target, attributes);
    else graph.addUndirectedEdgeWithKey(key, e.source, e.target, attributes);
  }
  return graph;
}
