// English words that cut a sentence into clauses: subordinating words and speech verbs.
// Phrases are written with spaces; src/extract/meetings/clauses.ts lets any run of spaces match.

import type { ClauseWords } from '../../meetings/clauses.js';

export const CLAUSE_WORDS_EN: ClauseWords = {
  subordinators: [
    'after', 'before', 'while', 'whereas', 'but', 'following', 'during', 'since', 'because', 'although',
    'ahead of', 'at the invitation of', 'a follow-up to', 'follow-up to', 'follows', 'where', 'which', 'days after', 'weeks after', 'months after',
    'besides', 'apart from', 'in addition to',
  ],
  speakerAfter: ['according to', 'said', 'says', 'told'],
  speakerBefore: ['said', 'says', 'told', 'announced', 'claimed', 'reported', 'warned'],
};
