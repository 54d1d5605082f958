// Indonesian verbs and nouns of typed relations: supplying, buying, accusing, condemning, denying, inviting; and negation.
// Closed classes, as regular-expression fragments for their inflections; src/extract/meetings/relations.ts
// joins them with the other language's list.

import type { RelationWords } from '../../meetings/relation-words.js';

export const RELATION_WORDS_ID: RelationWords = {
  supply: ['memasok', 'pasok(?:an)?', 'dipasok', 'menyuplai', 'suplai', 'mengirim(?:kan)?', 'dikirim(?:kan)?', 'pengiriman', 'kirim', 'menyediakan', 'disediakan', 'transfer', 'mentransfer', 'didatangkan', 'menjual', 'dijual', 'penjualan'],
  buy: ['membeli', 'dibeli', 'pembelian'],
  accuse: ['menuduh', 'dituduh', 'tuduhan', 'menuding', 'dituding', 'tudingan', 'tuding', 'tuduh'],
  condemn: ['mengecam', 'kecaman', 'mengutuk', 'dikecam', 'dikutuk'],
  deny: ['membantah', 'bantah', 'menampik', 'menyangkal', 'menepis'],
  invite: ['mengundang', 'diundang', 'undangan'],
  negation: ['tidak', 'tak', 'bukan', 'belum'],
};
