// The one place the viewer reads an evidence item's sentence: panels ask here, so a change in how
// graph.json stores evidence is made once. Evidence is a reference into articles.json.
import { sentenceText } from '../../graph/articles.js';
import type { ArticleText, Evidence } from '../../graph/types.js';

export interface EvidenceSource {
  texts: Map<string, ArticleText>;
}

/** The sentence the evidence points at; undefined when the graph came without its articles.json. */
export const evidenceSentence = (source: EvidenceSource, item: Evidence): string | undefined => sentenceText(source.texts, item);
