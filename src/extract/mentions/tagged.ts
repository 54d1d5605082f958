// The trained tagger as a recognition component: each sentence-sized stretch of the Doc is
// tagged, with the rules' proposals among its features, and its names become candidates.
import { spansOf } from '../../ner/corpora.js';
import { viewOf } from '../../ner/features.js';
import { taggerFor } from '../../ner/model.js';
import type { Component, Doc } from '../doc.js';

const ENDS = new Set(['.', '!', '?']);
/** A stretch this long with no sentence end (a list, a table) is cut anyway. */
const MAX_TOKENS = 120;

/** Cuts the tokens at . ! ? and line breaks into the stretches the tagger reads one at a time. */
export const stretches: Component = {
  name: 'stretches',
  run(doc: Doc) {
    const { tokens: toks, text } = doc;
    let from = 0;
    for (let k = 0; k < toks.length; k++) {
      const next = toks[k + 1];
      const lineBreak = next !== undefined && text.slice(toks[k]!.end, next.start).includes('\n');
      if (!next || lineBreak || ENDS.has(toks[k]!.text) || k + 1 - from >= MAX_TOKENS) {
        doc.stretches.push([from, k + 1]);
        from = k + 1;
      }
    }
  },
};

export const tagger: Component = {
  name: 'tagger',
  run(doc: Doc) {
    const model = taggerFor(doc.lang);
    const proposals = doc.candidates.filter((c) => c.source === 'rules').map((c) => ({ start: c.start, end: c.end, type: c.label }));
    for (const [from, to] of doc.stretches) {
      const toks = doc.tokens.slice(from, to);
      for (const s of spansOf(model.tag(viewOf(toks, doc.lang, proposals)))) {
        doc.candidates.push({
          start: toks[s.start]!.start,
          end: toks[s.end - 1]!.end,
          label: s.label,
          source: 'tagger',
          reason: 'the tagger reads a name',
        });
      }
    }
  },
};
