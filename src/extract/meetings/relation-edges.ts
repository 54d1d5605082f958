// Typed relations of an article as graph edges, with who claims and who denies them: a denial
// answers the accusers the story named before it.

import { dateSpan } from '../../graph/days.js';
import type { Evidence } from '../../graph/types.js';
import type { ExtractedArticle } from '../pipeline.js';
import type { Entity } from '../resolve.js';
import type { EdgePart } from './assemble.js';
import type { MentionRef } from './types.js';

/** Typed relations of one article as edges; denials find the accusers the story named before. */
export function relationEdges(
  article: ExtractedArticle,
  a: number,
  refs: number[],
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
    const evidence: Evidence = { article: id, sentence: refs[r.sentence]!, date };
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
