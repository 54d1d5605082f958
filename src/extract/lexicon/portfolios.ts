// Portfolios of ministries: the words that end a ministry's name
// ("Kementerian Pertahanan") and extend a minister's title ("Menteri
// Angkatan Bersenjata"), so that a person's name right after one is not read
// as part of the body.

const phrases = (s: string): string[] =>
  s
    .split(/[\n,]/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);

/** Indonesian portfolios, after "Kementerian", "Menteri", "Wakil Menteri", "Departemen". */
export const PORTFOLIOS_ID = phrases(`
  pertahanan, luar negeri, dalam negeri, keuangan, kesehatan, agama, perhubungan, pertanian, perdagangan
  perindustrian, sosial, pendidikan, kebudayaan, pendidikan dan kebudayaan, pendidikan tinggi, pendidikan dasar dan menengah
  pendidikan tinggi sains dan teknologi, riset dan teknologi, pendidikan kebudayaan riset dan teknologi
  ketenagakerjaan, tenaga kerja, tenaga kerja dan transmigrasi, transmigrasi, hukum, hukum dan ham, hukum dan hak asasi manusia
  hak asasi manusia, ham, imigrasi dan pemasyarakatan, sekretariat negara, sekretaris negara, bumn, badan usaha milik negara
  energi dan sumber daya mineral, esdm, energi, lingkungan hidup, kehutanan, lingkungan hidup dan kehutanan
  kelautan dan perikanan, kelautan, perikanan, pekerjaan umum, pekerjaan umum dan perumahan rakyat, pupr
  perumahan dan kawasan permukiman, perumahan rakyat, agraria dan tata ruang, atr, pariwisata, ekonomi kreatif
  pariwisata dan ekonomi kreatif, komunikasi dan informatika, kominfo, komunikasi dan digital, komdigi, informasi
  koperasi, koperasi dan ukm, koperasi dan usaha kecil dan menengah, umkm, usaha mikro kecil dan menengah
  pemuda dan olahraga, pemberdayaan perempuan dan perlindungan anak, pppa, pembangunan daerah tertinggal
  desa, desa dan pembangunan daerah tertinggal, desa pembangunan daerah tertinggal dan transmigrasi
  investasi, investasi dan hilirisasi, perencanaan pembangunan nasional, ppn, bappenas, ppn/bappenas
  pendayagunaan aparatur negara, pendayagunaan aparatur negara dan reformasi birokrasi, panrb, pan-rb
  pangan, kependudukan, kependudukan dan pembangunan keluarga, haji, haji dan umrah, perlindungan pekerja migran
  kebudayaan dan pariwisata, keamanan, keamanan publik, keamanan dalam negeri, kehakiman, penerangan, penerangan rakyat
  angkatan bersenjata, pertahanan nasional, unifikasi, reunifikasi, kehakiman dan ham, ekonomi, perekonomian, kemaritiman
  koordinator bidang politik dan keamanan, koordinator bidang politik hukum dan keamanan, koordinator bidang perekonomian
  koordinator bidang kemaritiman dan investasi, koordinator bidang pembangunan manusia dan kebudayaan, koordinator bidang pangan
  koordinator bidang hukum ham imigrasi dan pemasyarakatan, koordinator bidang infrastruktur dan pembangunan kewilayahan
  koordinator bidang pemberdayaan masyarakat, koordinator polhukam
  sekretaris kabinet, luar negeri dan kerja sama internasional, luar negeri dan perdagangan
  bidang perekonomian, bidang politik dan keamanan, bidang politik hukum dan keamanan, bidang kemaritiman dan investasi
  bidang pembangunan manusia dan kebudayaan, bidang pangan, bidang infrastruktur dan pembangunan kewilayahan
  bidang hukum ham imigrasi dan pemasyarakatan, bidang pemberdayaan masyarakat, bidang kemaritiman
  politik hukum dan keamanan, politik dan keamanan, kemaritiman dan investasi, pembangunan manusia dan kebudayaan
  polhukam, pmk, marves, kumham imipas
  negara, negara urusan pertahanan, negara urusan luar negeri, negara urusan ekonomi, negara urusan perdagangan
  urusan pertahanan, urusan luar negeri, urusan ekonomi, urusan perdagangan, urusan kabinet
`);

/** English portfolios before "Minister"/"Secretary" ("Armed Forces Minister", "Foreign Minister"). */
export const PORTFOLIOS_EN = phrases(`
  armed forces, defence, defense, foreign, interior, home, finance, trade, health, education, justice, economy
  energy, environment, transport, agriculture, industry, culture, labour, labor, security, public security
  foreign affairs, home affairs, veterans affairs, homeland security, treasury, war, navy, army, air force
  unification, communications, information, digital, science, technology, sports, tourism
`);
