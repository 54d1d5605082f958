// Outlets and agencies cited as sources are `media`, not organizations that act: a decided
// mention that names a known outlet, or any body or web address that the sentence cites as
// its source ("dilansir dari medcom.id", "Politico reported", "told Semafor").
import type { Component, Doc } from '../doc.js';
import { CITING_AFTER_EN, CITING_BEFORE_EN, OUTLETS_EN } from '../lexicon/en/media.js';
import { CITING_BEFORE_ID, OUTLETS_ID } from '../lexicon/id/media.js';
import type { Mention } from '../types.js';

let outlets: Set<string> | undefined;
/** Canonical names of the known outlets, built on first use. */
function knownOutlet(name: string): boolean {
  outlets ??= new Set([...OUTLETS_ID, ...OUTLETS_EN].map(([canonical]) => canonical));
  return outlets.has(name);
}

const CITING_BEFORE = { id: CITING_BEFORE_ID, en: CITING_BEFORE_EN };
const CITING_AFTER: Record<'id' | 'en', RegExp | undefined> = { id: undefined, en: CITING_AFTER_EN };

/** A web address as a name: "medcom.id", "Kompas.com", "detik.com". */
const WEB_NAME = /^[\p{L}\p{N}-]+(\.[\p{L}]{2,4})+$/u;

/** The sentence names it as its source: a citing verb right before it, or "reported" right after. */
function cited(doc: Doc, m: Mention): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
  const after = doc.text.slice(m.end, m.end + 20);
  return CITING_BEFORE[doc.lang].test(before) || (CITING_AFTER[doc.lang]?.test(after) ?? false);
}

export const media: Component = {
  name: 'media',
  run(doc: Doc) {
    doc.mentions = doc.mentions.map((m) => {
      const outlet = knownOutlet(m.canonical ?? m.text);
      const citedBody = (m.type === 'organization' || WEB_NAME.test(m.text)) && cited(doc, m);
      return outlet || citedBody ? { ...m, type: 'media' } : m;
    });
  },
};
