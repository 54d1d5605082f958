// The one place the viewer reads an evidence item's sentence: panels ask here, so a change in how
// graph.json stores evidence (the sentence itself, or a reference into articles.json) is made once.
import type { ArticleText, Evidence } from '../../graph/types.js';

export interface EvidenceSource {
  texts: Map<string, ArticleText>;
}

/** The sentence the evidence quotes. */
export const evidenceSentence = (_source: EvidenceSource, item: Evidence): string => item.sentence;
