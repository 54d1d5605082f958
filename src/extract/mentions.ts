// Typed entity mentions of a text, by the recognition components in order over one Doc: the
// rules propose mentions, the trained tagger reads the words (the proposals among its
// features) and proposes names, and one resolver decides (see mentions/resolver.ts).
import type { Lang } from '../graph/types.js';
import { type Component, type Doc, createDoc } from './doc.js';
import { tokenize } from './lexicon/tokens.js';
import { buildings } from './mentions/buildings.js';
import { media } from './mentions/media.js';
import { namedEvents } from './mentions/named-events.js';
import { resolver } from './mentions/resolver.js';
import { rules } from './mentions/rules.js';
import { stretches, tagger } from './mentions/tagged.js';
import type { Mention } from './types.js';

export { canonicalCountry } from './lexicon/index.js';

/** The recognition components, in the order they run. */
export const RECOGNITION: readonly Component[] = [stretches, rules, tagger, resolver, namedEvents, buildings, media];

/** The Doc of a text after every recognition component ran over it. */
export function recognise(text: string, lang: Lang): Doc {
  const doc = createDoc(text, lang, tokenize(text));
  for (const component of RECOGNITION) component.run(doc);
  return doc;
}

/** Typed entity mentions in text, sorted by start, never overlapping. */
export function findMentions(text: string, lang: Lang): Mention[] {
  return recognise(text, lang).mentions;
}
