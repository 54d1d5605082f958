// Indonesian news outlets, and the words that cite one as a source ("dilansir dari medcom.id",
// "seperti dikutip Kompas", "kata AFP"). Outlets are media, not organizations that act.

/** [canonical, ...surface forms]. */
export const OUTLETS_ID: Array<[canonical: string, ...forms: string[]]> = [
  ['Antara', 'Antara', 'LKBN Antara', 'Kantor Berita Antara'],
  ['Kompas', 'Kompas', 'Kompas.com', 'Harian Kompas'],
  ['Tempo', 'Tempo', 'Tempo.co'],
  ['Detik', 'Detik', 'detikcom', 'Detik.com'],
  ['Medcom', 'Medcom', 'medcom.id', 'Medcom.id'],
  ['Okezone', 'Okezone'],
  ['CNN Indonesia', 'CNN Indonesia'],
  ['CNBC Indonesia', 'CNBC Indonesia'],
  ['Republika', 'Republika'],
  ['Liputan6', 'Liputan6', 'Liputan6.com'],
  ['Tribunnews', 'Tribunnews', 'Tribunnews.com'],
  ['Kompas TV', 'KompasTV', 'Kompas TV', 'KOMPAS.TV', 'Kompas.tv'],
];

/** Words that cite a source right after them: "dilansir (dari) X", "dikutip dari X", "melansir X", "seperti diberitakan X". */
export const CITING_BEFORE_ID = /\b(dilansir|dikutip|melansir|mengutip|diberitakan|memberitakan)( dari)?\s*$/i;
