// Indonesian words that cut a sentence into clauses: subordinating words and speech verbs.
// Phrases are written with spaces; src/extract/meetings/clauses.ts lets any run of spaces match.

import type { ClauseWords } from '../../meetings/clauses.js';

export const CLAUSE_WORDS_ID: ClauseWords = {
  subordinators: [
    'setelah', 'sebelum', 'usai', 'seusai', 'sesudah', 'sementara', 'sedangkan', 'namun', 'tetapi', 'tapi',
    '(?:ke)?lanjutan dari', 'tindak lanjut(?: dari)?', 'menyusul', 'selama', 'sejak', 'karena', 'sehingga', 'meskipun', 'walaupun', 'atas undangan', 'seperti yang',
    'selain',
  ],
  speakerAfter: ['kata', 'ujar', 'ucap', 'tutur', 'jelas', 'menurut', 'dilansir(?: dari)?', 'dikutip(?: dari)?'],
  speakerBefore: [
    'mengatakan', 'menyatakan', 'menyebut(?:kan)?', 'mengklaim', 'mengeklaim', 'mengungkapkan', 'menegaskan', 'memperkirakan',
    'menjelaskan', 'melaporkan', 'memperingatkan',
  ],
};
