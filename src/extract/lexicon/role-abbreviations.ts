// Indonesian news abbreviates titles (Menlu, Jubir, Dubes); a person's roles and role edges
// use the full title, so "Menlu" and "Menteri Luar Negeri" are one role.
const ABBREVIATIONS: Record<string, string> = {
  menlu: 'menteri luar negeri',
  menhan: 'menteri pertahanan',
  mendagri: 'menteri dalam negeri',
  menkeu: 'menteri keuangan',
  mendag: 'menteri perdagangan',
  mensos: 'menteri sosial',
  menag: 'menteri agama',
  menkes: 'menteri kesehatan',
  menhub: 'menteri perhubungan',
  menkumham: 'menteri hukum dan ham',
  mensesneg: 'menteri sekretaris negara',
  menko: 'menteri koordinator',
  wamen: 'wakil menteri',
  seskab: 'sekretaris kabinet',
  wapres: 'wakil presiden',
  capres: 'calon presiden',
  cawapres: 'calon wakil presiden',
  pm: 'perdana menteri',
  jubir: 'juru bicara',
  ketum: 'ketua umum',
  sekjen: 'sekretaris jenderal',
  dirut: 'direktur utama',
  dirjen: 'direktur jenderal',
  dubes: 'duta besar',
  konjen: 'konsul jenderal',
  wagub: 'wakil gubernur',
  kades: 'kepala desa',
  letjen: 'letnan jenderal',
  mayjen: 'mayor jenderal',
  brigjen: 'brigadir jenderal',
  komjen: 'komisaris jenderal',
  irjen: 'inspektur jenderal',
  kombes: 'komisaris besar',
};

/** The full form of an abbreviated title, in the case of the words as written; others unchanged. */
export function expandRole(title: string): string {
  const words = title.trim().split(/\s+/);
  const full = ABBREVIATIONS[words[0]!.toLowerCase()];
  return full ? [full, ...words.slice(1)].join(' ') : title.trim();
}
