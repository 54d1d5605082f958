// English verbs and nouns of typed relations: supplying, buying, accusing, condemning, denying, inviting; and negation.
// Closed classes, as regular-expression fragments for their inflections; src/extract/meetings/relations.ts
// joins them with the other language's list.

import type { RelationWords } from '../../meetings/relation-words.js';

export const RELATION_WORDS_EN: RelationWords = {
  supply: ['supplie[sd]', 'supply(?:ing)?', 'sen[dt](?:s|ing)?', 'provide[sd]?', 'providing', 'deliver(?:s|ed|ing|y|ies)?', 'transferr?(?:ed|ing|s)?', 'sold', 'sells?', 'sale\\s+of'],
  buy: ['bought', 'buys?', 'buying', 'purchase[sd]?', 'purchasing'],
  accuse: ['accus(?:e|es|ed|ing|ation)', 'alleg(?:e|es|ed|ing|ation)'],
  condemn: ['condemn(?:s|ed|ing)?', 'denounc(?:e|es|ed|ing)'],
  deny: ['deni(?:es|ed)', 'deny(?:ing)?', 'rejected', 'rejects'],
  invite: ['invit(?:e|es|ed|ing|ation)'],
  negation: ['never', 'not', 'n\'t', 'no'],
};
