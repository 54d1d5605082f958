// English words that tell a meeting, a visit, a call or a plan, and the words around them that
// change what they tell. Closed classes, written as regular-expression fragments for their
// inflections; src/extract/meetings/cues.ts joins them with the Indonesian list.

import type { MeetingWords } from '../../meetings/words.js';

export const MEETING_WORDS_EN: MeetingWords = {
  cues: {
    meet: [
      'met(?:\\s+with)?', 'meets(?:\\s+with)?', 'meet(?:\\s+with)?', 'meeting\\s+with', '(?:sat|sit|sits|sitting)\\s+down\\s+with', 'called\\s+on',
      'calls\\s+on', 'paid\\s+a\\s+(?:courtesy\\s+)?call\\s+on', '(?:had|over|at\\s+a)\\s+(?:a\\s+)?(?:working\\s+)?(?:breakfast|lunch|dinner)\\s+with',
    ],
    talks: ['talks', 'meetings?', 'negotiations'],
    summit: ['KTT', 'summit'],
    host: ['hosted', 'hosts', '(?<=\\b(?:to|will|would)\\s)host', 'welcomed', 'welcomes', 'received'],
    attend: ['attended', 'attends', 'joined'],
    visit: ['visit(?:s|ed|ing)?', 'trip\\s+to', 'travell?ed\\s+to', 'arrived\\s+in', 'arrives\\s+in', 'stopover'],
  },
  hostNamed: [],
  planned: [
    'possible', 'possibility', 'invited', 'invitation', 'will', 'would', 'plans?\\s+to', 'planned', 'planning', 'is\\s+expected\\s+to',
    'are\\s+expected\\s+to', 'expected\\s+to', 'set\\s+to', 'scheduled\\s+to', 'is\\s+to', 'are\\s+to', 'due\\s+to', 'intends?\\s+to', 'upcoming', 'next',
  ],
  plannedAfterCue: ['to\\s+be\\s+held', 'will\\s+be\\s+held', 'due\\s+to\\s+(?:be\\s+held|take\\s+place)'],
  notPlanned: ['would\\s+(?:help|be)'],
  phone: [
    'by\\s+(?:tele)?phone', 'over\\s+the\\s+(?:tele)?phone', '(?:tele)?phone\\s+(?:call|conversation|talks)', 'video\\s*(?:call|link|conference)',
    '(?:tele)?phoned', 'videoconference', 'via\\s+(?:phone|video)',
  ],
  groupNouns: ['leaders', 'ministers', 'foreign\\s+ministers', 'presidents', 'men', 'women', 'sides', 'officials', 'envoys', 'mediators', 'diplomats', 'delegations', 'heads\\s+of\\s+state'],
  groupCounts: { two: 2, both: 2, three: 3, four: 4, five: 5 },
  events: {
    test: ['test(?:ed|s|-fired|\\s+fired|\\s+launch(?:ed)?)?'],
    launch: ['launch(?:ed|es)?', 'fired'],
    signing: ['sign(?:ed|s|ing)?'],
  },
  denied: [
    'cancell?ed', 'called\\s+off', 'did\\s+not\\s+(?:meet|visit|attend)', "didn't\\s+(?:meet|visit|attend)", 'never\\s+met', 'has\\s+not\\s+met',
    "hasn't\\s+met", 'denied\\s+(?:meeting|having\\s+met|that\\s+\\S+\\s+met)', 'no\\s+(?:plans?|meeting)\\s+(?:to|with)',
  ],
  wishVerbs: ['like', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'wish', 'wishes'],
  cancelWords: ['cancelled', 'canceled', 'cancel', 'cancels'],
  hypothetical: [
    'would\\s+like\\s+to', 'wants?\\s+to', 'wanted\\s+to', 'hopes?', 'hoped', 'hoping', 'could', 'might', 'possible', 'possibility', 'if',
    'willing\\s+to', 'ready\\s+to', 'open\\s+to', 'proposed', 'offered\\s+to',
  ],
};
