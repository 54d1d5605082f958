// Resolution: which mentions denote the same entity, within an article and across
// articles and languages, and what that entity is called.

import type { EntityType } from '../graph/types.js';
import { isShortFormOfTokens, nameTokens, sameName } from './names.js';
import type { Corpus, ExtractedArticle } from './pipeline.js';
import { slugify } from './slug.js';
import type { Mention } from './types.js';

export interface Entity {
  key: string;
  type: EntityType;
  label: string;
}

export interface Resolution {
  entities: Map<string, Entity>;
  /** keys[article][sentence][mention]: the entity key of every mention. */
  keys: string[][][];
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const entityKey = (type: EntityType, name: string) => `${type}:${slugify(name)}`;

/** Most frequent surface form; ties go to the longer, then the alphabetically first. */
function preferredLabel(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of counts) {
    if (
      count > bestCount ||
      (count === bestCount && (form.length > best.length || (form.length === best.length && form < best)))
    ) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller string becomes the root so the result does not depend on input order.
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
}


/**
 * An organization introduced with its short name: "Badan Nasional Penanggulangan Bencana (BNPB)",
 * "Wahana Lingkungan Hidup Indonesia (Walhi)". "(Persero)" and "(Tbk)" are legal forms, not names.
 */
const ACRONYM_DEFINITION = /^(.+?)\s*\(\s*(?!(?:Persero|Tbk)\s*\))(\p{Lu}[\p{L}\p{N}&.-]{1,11})\s*\)$/u;

/** The acronyms an article defines, each to its full name (the first definition wins). */
function acronymDefinitions(article: ExtractedArticle): Map<string, string> {
  const defs = new Map<string, string>();
  for (const s of article.sentences)
    for (const m of s.mentions) {
      const defined = m.type === 'organization' && !m.canonical ? ACRONYM_DEFINITION.exec(clean(m.text)) : null;
      if (defined && !defs.has(defined[2]!)) defs.set(defined[2]!, defined[1]!);
    }
  return defs;
}

/** Groups the full person names of the corpus that denote the same person. */
function clusterFullNames(names: Iterable<string>): UnionFind {
  const uf = new UnionFind();
  // Names of one person share at least one token exactly (sameName lets one differ),
  // so only names sharing a token are compared.
  const byToken = new Map<string, string[]>();
  for (const name of [...new Set(names)].sort()) {
    uf.find(name);
    const seen = new Set<string>();
    for (const token of nameTokens(name)) {
      const bucket = byToken.get(token) ?? [];
      for (const other of bucket) {
        if (!seen.has(other) && sameName(name, other)) uf.union(name, other);
        seen.add(other);
      }
      bucket.push(name);
      byToken.set(token, bucket);
    }
  }
  return uf;
}

export function resolve(articles: Corpus): Resolution {
  // Names recur across a corpus: split each distinct one into tokens once.
  const tokenCache = new Map<string, string[]>();
  const tokensOf = (name: string) => {
    let tokens = tokenCache.get(name);
    if (!tokens) tokenCache.set(name, (tokens = nameTokens(name)));
    return tokens;
  };
  // "Kosiniak-Kamysz", "al-Sisi": one hyphenated word is a surname, the short form of the full name it ends.
  const isFullName = (m: Mention) => tokensOf(m.text).length >= 2 && /\S\s+\S/.test(m.text.trim());
  const isShortFormOf = (short: string, full: string) => isShortFormOfTokens(tokensOf(short), tokensOf(full));

  // One pass for what the whole corpus must be read for first: full names and acronym definitions.
  const fullNames: string[] = [];
  const acronymsByArticle: Map<string, string>[] = [];
  for (const a of articles) {
    acronymsByArticle.push(acronymDefinitions(a));
    for (const s of a.sentences)
      for (const m of s.mentions) if (m.type === 'person' && isFullName(m)) fullNames.push(clean(m.text));
  }
  const clusters = clusterFullNames(fullNames);
  const clusterNames = new Map<string, string[]>();
  for (const n of new Set(fullNames)) {
    const id = clusters.find(n);
    clusterNames.set(id, [...(clusterNames.get(id) ?? []), n]);
  }

  // A short form goes to the full name it is part of in the same article (the one
  // mentioned most there, as "Kim" after "Kim Jong Il, ayah Kim Jong-un" means the
  // one the story is about); failing that, to the only such person in the corpus.
  const shortFormCluster = (short: string, articleCounts: Map<string, number>): string | undefined => {
    let best: string | undefined;
    let bestCount = 0;
    for (const [id, count] of articleCounts) {
      if (count > bestCount && clusterNames.get(id)!.some((full) => isShortFormOf(short, full))) {
        best = id;
        bestCount = count;
      }
    }
    if (best) return best;
    if (!globalShortForms.has(short)) globalShortForms.set(short, onlyClusterWith(short));
    return globalShortForms.get(short);
  };
  // Failing the article, the only cluster in the corpus with a full name the short form is part
  // of. A short form's first token must match a token of the full name: equal, or one edit
  // apart (tokensMatch in names.ts). Two words one edit apart share the word itself or the word
  // with one letter deleted, so clusters are indexed under those forms of their tokens and only
  // the clusters sharing one with the short form are tried (and then checked in full).
  const globalShortForms = new Map<string, string | undefined>();
  const clustersByForm = new Map<string, Set<string>>();
  const forms = (token: string) => {
    const all = [token];
    for (let k = 0; k < token.length; k++) all.push(token.slice(0, k) + token.slice(k + 1));
    return all;
  };
  for (const [id, names] of clusterNames)
    for (const name of names)
      for (const token of tokensOf(name))
        for (const form of forms(token)) {
          const ids = clustersByForm.get(form) ?? new Set<string>();
          clustersByForm.set(form, ids.add(id));
        }
  const onlyClusterWith = (short: string): string | undefined => {
    const first = tokensOf(short)[0];
    if (first === undefined) return undefined;
    const candidates = new Set<string>();
    for (const form of forms(first)) for (const id of clustersByForm.get(form) ?? []) candidates.add(id);
    let only: string | undefined;
    for (const id of candidates) {
      if (!clusterNames.get(id)!.some((full) => isShortFormOf(short, full))) continue;
      if (only !== undefined) return undefined;
      only = id;
    }
    return only;
  };

  // First pass: a cluster or group id for every mention; labels are chosen once all are counted.
  const groupOf: string[][][] = [];
  const formCounts = new Map<string, Map<string, number>>();
  const groupType = new Map<string, EntityType>();
  const count = (group: string, form: string) => {
    const forms = formCounts.get(group) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    formCounts.set(group, forms);
  };

  const corpusDefinitions = new Map<string, Set<string>>();
  for (const defs of acronymsByArticle)
    for (const [acronym, full] of defs) corpusDefinitions.set(acronym, (corpusDefinitions.get(acronym) ?? new Set()).add(full));
  const corpusAcronym = (acronym: string) => {
    const fulls = corpusDefinitions.get(acronym);
    return fulls?.size === 1 ? [...fulls][0] : undefined;
  };

  for (const article of articles) {
    const articleAcronyms = acronymsByArticle[groupOf.length]!;
    const articleCounts = new Map<string, number>();
    for (const s of article.sentences)
      for (const m of s.mentions)
        if (m.type === 'person' && isFullName(m)) {
          const id = clusters.find(clean(m.text));
          articleCounts.set(id, (articleCounts.get(id) ?? 0) + 1);
        }
    groupOf.push(
      article.sentences.map((s) =>
        s.mentions.map((m) => {
          const text = clean(m.text);
          if (m.canonical) {
            const group = entityKey(m.type, m.canonical);
            groupType.set(group, m.type);
            count(group, m.canonical);
            return group;
          }
          if (m.type === 'person') {
            const cluster = isFullName(m) ? clusters.find(text) : shortFormCluster(text, articleCounts);
            // Short forms name the person but never label them while a full name is known.
            const group = cluster ? `person#${cluster}` : entityKey('person', text);
            groupType.set(group, 'person');
            if (isFullName(m) || !cluster) count(group, text);
            return group;
          }
          if (m.type === 'organization') {
            // "Kementerian Energi dan Sumber Daya Mineral (ESDM)" is named by its full name;
            // a later bare "ESDM" is the same body.
            const defined = ACRONYM_DEFINITION.exec(text);
            const full = defined?.[1] ?? articleAcronyms.get(text) ?? corpusAcronym(text);
            if (full) {
              const group = entityKey('organization', full);
              groupType.set(group, 'organization');
              if (defined) count(group, full);
              return group;
            }
          }
          const group = entityKey(m.type, text);
          groupType.set(group, m.type);
          count(group, text);
          return group;
        }),
      ),
    );
  }

  const entities = new Map<string, Entity>();
  const keyOfGroup = new Map<string, string>();
  for (const group of [...groupType.keys()].sort()) {
    const type = groupType.get(group)!;
    const label = preferredLabel(formCounts.get(group) ?? new Map([[group, 1]]));
    const key = entityKey(type, label);
    keyOfGroup.set(group, key);
    if (!entities.has(key)) entities.set(key, { key, type, label });
  }
  return { entities, keys: groupOf.map((a) => a.map((s) => s.map((g) => keyOfGroup.get(g)!))) };
}
