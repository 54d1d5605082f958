// The page's words in English and Indonesian. Type and relation names come from the registry
// (src/graph/registry.ts), which has both; everything else the page writes is here, once.
export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];

const STRINGS = {
  filters: { en: 'Filters', id: 'Filter' },
  whoMet: { en: 'Who met whom', id: 'Siapa bertemu siapa' },
  details: { en: 'Details', id: 'Rincian' },
  detailsHint: {
    en: 'Choose a node on the graph, in the search or in a list: its details come here.',
    id: 'Pilih simpul di graf, di pencarian, atau di daftar: rinciannya muncul di sini.',
  },
  runLayout: { en: 'Run layout', id: 'Atur tata letak' },
  stopLayout: { en: 'Stop layout', id: 'Hentikan tata letak' },
  open: { en: 'Open…', id: 'Buka…' },
  export: { en: 'Export', id: 'Ekspor' },
  search: { en: 'Search names, aliases…', id: 'Cari nama, alias…' },
  types: { en: 'Types', id: 'Jenis' },
  relations: { en: 'Relations', id: 'Hubungan' },
  minMentions: { en: 'Min. mentions ', id: 'Sebutan min. ' },
  sizeBy: { en: 'Size by ', id: 'Ukuran menurut ' },
  colorBy: { en: 'Colour by ', id: 'Warna menurut ' },
  mentions: { en: 'mentions', id: 'sebutan' },
  connections: { en: 'connections', id: 'koneksi' },
  type: { en: 'type', id: 'jenis' },
  community: { en: 'community (Louvain)', id: 'komunitas (Louvain)' },
  meetingsAndEvents: { en: 'Meetings and events', id: 'Pertemuan dan peristiwa' },
  focus: { en: 'Focus ', id: 'Fokus ' },
  hop: { en: '1 hop', id: '1 langkah' },
  hops: { en: '2 hops', id: '2 langkah' },
  off: { en: 'off', id: 'mati' },
  hideIsolated: { en: 'Hide isolated', id: 'Sembunyikan yang terpisah' },
  clearFocus: { en: 'Clear focus', id: 'Hapus fokus' },
  Type: { en: 'Type', id: 'Jenis' },
  Role: { en: 'Role', id: 'Jabatan' },
  Country: { en: 'Country', id: 'Negara' },
  Date: { en: 'Date', id: 'Tanggal' },
  Status: { en: 'Status', id: 'Status' },
  happened: { en: 'happened', id: 'terjadi' },
  planned: { en: 'planned', id: 'direncanakan' },
  hypothetical: { en: 'hypothetical', id: 'hipotetis' },
  denied: { en: 'denied', id: 'dibantah' },
  Mode: { en: 'Mode', id: 'Bentuk' },
  visit: { en: 'visit', id: 'kunjungan' },
  talks: { en: 'talks', id: 'pembicaraan' },
  summit: { en: 'summit', id: 'KTT' },
  call: { en: 'call', id: 'panggilan' },
  Host: { en: 'Host', id: 'Tuan rumah' },
  Confidence: { en: 'Confidence', id: 'Keyakinan' },
  Place: { en: 'Place', id: 'Tempat' },
  toldWith: { en: 'Told with', id: 'Diceritakan dengan' },
  alsoWritten: { en: 'Also written', id: 'Juga ditulis' },
  Mentions: { en: 'Mentions', id: 'Sebutan' },
  evidenceDates: { en: 'Evidence dates', id: 'Tanggal bukti' },
  articles: { en: 'Articles', id: 'Artikel' },
  language: { en: 'Bahasa Indonesia', id: 'English' },
  bundled: { en: 'Back to the bundled graph', id: 'Kembali ke graf bawaan' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

let current: Lang = 'en';

export const lang = (): Lang => current;
export const setLang = (next: Lang): void => {
  current = next;
  document.documentElement.lang = next;
};
export const t = (key: StringKey): string => STRINGS[key][current];
