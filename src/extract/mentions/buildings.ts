// A building is a place, whoever proposed it as a body or a person: "Gedung Putih", "the White
// House", "Oval Office", "Meruorah Convention Center".
import type { Component, Doc } from '../doc.js';
import { BUILDING_HEADS_EN } from '../lexicon/en/buildings.js';
import { BUILDING_HEADS_ID } from '../lexicon/id/buildings.js';

const HEADS = { id: BUILDING_HEADS_ID, en: BUILDING_HEADS_EN };

export const buildings: Component = {
  name: 'buildings',
  run(doc: Doc) {
    const heads = HEADS[doc.lang];
    doc.mentions = doc.mentions.map((m) => {
      if (m.type !== 'organization' && m.type !== 'person') return m;
      const words = m.text.toLowerCase().split(/\s+/);
      // Indonesian names put the head first ("Gedung Putih"), English ones last ("White House").
      const head = doc.lang === 'id' ? words[0]! : words[words.length - 1]!;
      return heads.has(head) || (words.length === 1 && heads.has(words[0]!)) ? { ...m, type: 'place' } : m;
    });
  },
};
