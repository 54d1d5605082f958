// Named events ("World War II", "Bastille Day", "Piala Dunia") are no person, body or place.
// They become nothing rather than `event` nodes: the graph's events are things the story tells
// as happening, with a date, actors and a place (a test, a launch, a signing); a name such as
// "World War II" carries none of these, and as a node it would only gather co-mentions.
import type { Component, Doc } from '../doc.js';
import { EVENT_HEADS_EN } from '../lexicon/en/events.js';
import { EVENT_HEADS_ID } from '../lexicon/id/events.js';

const ROMAN = /^[ivxl]+$/;

function isNamedEvent(text: string, lang: 'id' | 'en'): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  if (lang === 'id') return EVENT_HEADS_ID.has(words[0]!);
  const last = ROMAN.test(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
  return EVENT_HEADS_EN.has(last);
}

export const namedEvents: Component = {
  name: 'named-events',
  run(doc: Doc) {
    doc.mentions = doc.mentions.filter((m) => m.type === 'weapon' || m.type === 'country' || !isNamedEvent(m.text, doc.lang));
  },
};
