// Closed classes of ordinary words the mention rules lean on. Every list is
// lower case; callers lower-case the token first.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Indonesian function words and the common words that most often start a
 * sentence or a headline in news copy. A capitalised token in this set is
 * never a name on its own.
 */
export const STOP_ID = words(`
  ada adalah adapun agar akan akhir akhirnya akibat aku alasan amat anda antara apa apabila apakah apalagi
  atas atau awal awalnya bagaimana bagi bahkan bahwa baik banyak banyaknya baru bawah beberapa begitu
  belakangan belum berbagai berdasarkan berikut bersama besar betapa biasanya bila bisa boleh buat bukan
  bukankah bulan cukup dalam dan dapat dari daripada demi demikian dengan depan di dia diri dulu engkau
  guna hal hampir hanya hari harus hingga ia ialah ini itu jadi jangan jika jikalau juga jumat justru
  kalau kali kami kamu kapan karena kata ke kecuali kedua kemarin kemudian kenapa kepada ketika kini kita
  lagi lain lalu lama lebih maka makin mana masih mau melalui memang menurut mereka meski meskipun
  misalnya mungkin namun nanti oleh pada padahal para pasca pekan per perlu pertama pun saat saja salah
  sama sambil sampai sangat satu saya seakan sebab sebagai sebagaimana sebelum sebelumnya sebenarnya
  secara sedang sedangkan sejak sejumlah sekarang sekitar selain selama selanjutnya semua sementara
  sempat semula sendiri seperti sepertinya serta sesudah setelah setiap sudah supaya tadi tahun tak
  tanpa tapi telah tengah tentang tentu terhadap terkait termasuk tersebut tetapi tidak tiap toh untuk
  usai walau walaupun yaitu yakni yang kalaupun sekalipun biarpun kendatipun andaikan seandainya
  baca lihat simak cek ikuti klik tonton dapatkan download unduh bagikan gabung berita artikel terkini
  terpopuler rekomendasi lainnya terkait foto video sumber penulis editor reporter redaksi iklan
  selengkapnya halaman komentar login daftar masuk tutup close oke follow share
  warga masyarakat pemerintah negara kota desa pihak tim rakyat kelompok pasukan militer polisi tentara
  pejabat menteri presiden wakil ketua anggota kepala juru bicara pemimpin sekutu mitra lawan musuh
  kunjungan pertemuan kerja pembicaraan perjanjian kesepakatan rencana rudal senjata perang serangan
  konflik krisis sanksi bantuan dukungan hubungan ancaman tuduhan laporan data hasil kasus perkara
  sidang putusan keputusan kebijakan program proyek anggaran dana harga pasar ekonomi politik hukum
  pemilu pilpres pilkada kampanye koalisi oposisi partai calon pasangan kandidat suara survei
  jumlah total sebagian mayoritas kebanyakan sisi bagian tahap fase babak masa waktu jam menit detik
  pagi siang sore malam minggu tanggal hari-hari tahun-tahun dini
  tetapi namun sementara selanjutnya kemudian akhirnya sayangnya untungnya sebaliknya jelasnya intinya
  pendeknya singkatnya tentunya rupanya ternyata tampaknya agaknya kabarnya konon katanya menurutnya
  ketika setelahnya sebelumnya sesudahnya selain itu meski begitu oleh karena itu
  mengapa siapa dimana kemana darimana berapa bagaimanakah
  ya tidak bukan belum sudah pernah selalu sering jarang kadang
  saya aku kami kita kamu anda dia ia beliau mereka
  ini itu sini situ sana
  nah oh wah lho dong kok sih deh kan
  selamat terima kasih mohon tolong silakan ayo mari
  soal isu topik agenda acara kegiatan upacara peringatan perayaan
  utara selatan timur barat tengah pusat raya
  kemenangan kekalahan kematian kelahiran kedatangan keberangkatan kepergian
  pemerintahan kepemimpinan kekuasaan kerajaan kekaisaran
  dilansir dikutip mengutip melansir menurutnya
  mampu miliki memiliki punya ingin siap bakal
`);

/** English function words and common sentence starters that compromise's lexicon may not mark. */
export const STOP_EN = words(`
  a an the this that these those there here it its he she they we you i his her their our my your
  and or but nor so yet for of in on at by to from with without into onto about above below after
  before during since until while when where why how what which who whom whose if then than as also
  not no yes all any some many much more most few several each every both either neither other another
  however meanwhile moreover furthermore nevertheless nonetheless although though because despite
  according following earlier later now today yesterday tomorrow tonight last next this
  read watch listen follow share click subscribe sign advertisement related more photo video
  officials authorities government police military troops forces state ministry
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Month and weekday names (and their short forms), which are capitalised but never entities. */
export const CALENDAR = words(`
  januari februari maret april mei juni juli agustus september oktober november desember
  jan feb mar apr jun jul agu agt ags sep sept okt nov des
  january february march may june july august october december aug oct dec
  senin selasa rabu kamis jumat jum'at sabtu minggu ahad
  monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
  wib wita wit gmt utc
`);

/** Speech and stance verbs: a name just before or just after one of these is a person. */
export const SPEECH_AFTER_ID = words(`
  mengatakan menyatakan menegaskan menjelaskan menyebut menyebutkan mengungkapkan menambahkan
  menuturkan mengakui membantah menampik menilai berkata bilang meminta mendesak memperingatkan
  memperkirakan mengklaim mengeklaim mengimbau menekankan menyampaikan mengumumkan menanggapi
  mengaku berharap berpendapat menduga menuding menuduh mengkritik memuji menyambut
  juga pun sendiri
`);

export const SPEECH_BEFORE_ID = words(`
  kata ujar ucap tutur ungkap jelas tegas imbuh sebut tambah papar terang lanjut katanya ujarnya
  menurut kepada oleh bersama bagi untuk tentang terhadap
  dikatakan diungkapkan dijelaskan disampaikan ditegaskan
`);

export const SPEECH_AFTER_EN = words(`
  said says say told tells added noted warned wrote stated argued insisted explained claimed denied
  announced urged asked replied according
`);

export const SPEECH_BEFORE_EN = words(`
  said says told by with whom
`);

/** Words after which a capitalised phrase is a place ("di Jakarta", "in Kyiv"). */
export const PLACE_BEFORE_ID = words(`di ke dekat menuju sekitar hingga sampai pinggiran luar meliputi wilayah daerah`);
export const PLACE_BEFORE_EN = words(`in near at into toward towards outside across`);

/**
 * Place heads that belong to the name they introduce, whatever their case,
 * as the Indonesian style guides (and annotators) treat them: "Kabupaten
 * Pati", "kota Bandung", "Kosmodrom Vostochny".
 */
export const PLACE_HEADS_ID = words(`
  kabupaten kab kota kotamadya provinsi kecamatan kelurahan desa dusun kampung distrik kawasan kompleks komplek
  pulau kepulauan gunung pegunungan sungai danau selat teluk laut samudra semenanjung tanjung lembah
  kosmodrom pelabuhan bandara stasiun terminal jalan jl gedung istana masjid gereja pura candi
  taman lapangan stadion alun-alun jalur dataran negara bagian
  puncak bandar prefektur pasar menara kolam bengawan dukuh nagari bukit pantai
  kilang pabrik tambang smelter bendungan waduk bendung pltu plta pltn pltd pltg pltgu pltp plts pltb pltmh
  lanud asrama perumahan puskesmas pustu rsud rsup rs rsia pesantren ponpes hotel gletser
`);

/**
 * Two-word place heads whose first word alone is no place head ("rumah",
 * "pondok"): a hospital or a boarding school is a place, named after its head.
 */
export const PLACE_HEAD_PAIRS_ID = new Set(['rumah sakit', 'pondok pesantren', 'ibu kota']);

export const PLACE_HEADS_EN = words(`
  city province county district region state island islands mount mountain river lake strait bay
  gulf sea ocean peninsula cape valley port airport station street avenue square palace stadium
  refinery dam
`);

/** Capitalised head words that open an organization's name in Indonesian. */
export const ORG_HEADS_ID = words(`
  kementerian kemenko kementrian departemen partai universitas institut sekolah akademi politeknik
  fakultas bank pt cv tbk perum perusahaan komisi badan dewan mahkamah pengadilan kepolisian polda
  polres polsek polresta kejaksaan kejati kejari lembaga majelis yayasan organisasi ikatan persatuan
  perhimpunan himpunan asosiasi serikat federasi liga klub kantor biro divisi direktorat inspektorat
  markas komando kodam korem kodim koramil polrestabes lantamal lanal subdit subbid subbag satreskrim satresnarkoba satlantas
  satintelkam satsamapta satpolairud ditreskrimum ditreskrimsus ditresnarkoba ditlantas ditpolairud ditsamapta pangkalan armada brigade batalyon resimen satuan pasukan angkatan
  rumah sakit rutan lapas koperasi korps gerakan front aliansi koalisi konfederasi uni dinas balai otoritas
  pemerintah pemprov pemkot pemkab dprd garda tentara sma smk smp sd smu sltp slta sdn smpn sman smkn mts madrasah timnas
`);

/** English head words that open an organization's name ("Ministry of Defence"). */
export const ORG_HEADS_EN = words(`
  ministry department university bank council committee commission agency bureau court office
  institute academy college school federation association union league party
`);

/** English tail words that close an organization's name ("Lockheed Martin Corporation"). */
export const ORG_TAILS_EN = words(`
  university party council committee commission agency bureau corporation corp inc ltd llc plc co
  company group institute foundation association federation union league fc bank ministry department
  dialogue forum summit conference
  court army navy force forces guard times post news press agency network tribune journal herald
  centre center exchange service services air airlines airways alliance club band institute tbk
  sv tv fc cf sc afc united orchestra persero corporation systems holdings motors records studios
  entertainment media music pictures films electric atomics dynamics industries technologies
  pharmaceuticals command authority
  aviation aerospace aircraft airline defence defense shipbuilding shipyard energy capital holding
  pharma petroleum oil gas mining steel chemicals electronics semiconductor semiconductors logistics
  shipping marine robotics labs laboratories software networks telecom telecommunications communications
  solutions ventures investments securities insurance automotive motor ltd. inc. corp. co. plc. ag gmbh sa nv spa
  bhd berhad pte limited incorporated
`);

/** Generic nouns before a company's name: "produsen pesawat Dassault Aviation", "aircraft maker Dassault". */
export const COMPANY_BEFORE_ID = words(`
  iklan produsen pabrikan perusahaan maskapai operator emiten raksasa startup perusahaan rintisan konglomerasi
  korporasi kontraktor distributor pemasok vendor galangan saham aplikasi platform merek
`);

/**
 * Two-word nouns before a company's name ("anak usaha Tokopedia", "shares of
 * Nvidia"), written with a space; the name after them is a company.
 */
export const COMPANY_BEFORE_2 = new Set([
  'anak usaha', 'induk usaha', 'anak perusahaan', 'induk perusahaan', 'shares of', 'stake in', 'parent company',
]);

/**
 * Nouns for a company's shares after its possessive ("Nvidia's shares") and
 * words before "milik"/"owned by", where the owner after them is a company.
 */
export const SHARE_NOUNS_EN = words(`shares stock stocks stake`);

/**
 * Financial and industry words that close a company's name: "Mirae Asset
 * Sekuritas", "Samuel Capital", "Tiga Research". After a title, the
 * capitalised words after the last of them are the person's name.
 */
export const FINANCE_TAILS = words(`
  sekuritas securities asset assets capital finance financial asuransi insurance bank holdings holding group tbk
  ventures partners research consulting labs investama investment investments management futures advisory
  institute institution corporation company foundation associates advisors economics analytics
`);

/**
 * Words of the long titles of Indonesian regulators and ministries that run
 * on after "Kepala", "Deputi", "Direktur": "Kepala Eksekutif Pengawas …",
 * "Asisten Deputi …", "Kepala Biro …". A title made of them, a field and a
 * body's acronym before a name is one role.
 */
export const TITLE_PARTS_ID = words(`
  kepala eksekutif pengawas deputi asisten direktur biro bagian divisi departemen bidang komisioner senior
  grup kelompok subdirektorat subbagian seksi
`);

/** Fields that end a regulator's long title: "Pasar Modal", "Perbankan", "Industri Keuangan Non-Bank". */
export const TITLE_FIELDS_ID = [
  'pasar modal', 'pasar uang', 'perbankan', 'perbankan syariah', 'industri keuangan non-bank', 'industri keuangan non bank',
  'industri keuangan nonbank', 'sumber daya manusia', 'hukum', 'hubungan masyarakat', 'humas', 'komunikasi',
  'komunikasi dan humas', 'kebijakan moneter', 'kebijakan makroprudensial', 'makroprudensial', 'moneter',
  'sistem pembayaran', 'stabilitas sistem keuangan', 'perasuransian', 'asuransi', 'penjaminan', 'dana pensiun',
  'lembaga pembiayaan', 'perasuransian penjaminan dan dana pensiun', 'edukasi dan perlindungan konsumen',
  'perlindungan konsumen', 'pengawasan', 'pengawasan bank', 'pengawasan perbankan', 'pengawasan pasar modal',
  'inovasi teknologi sektor keuangan', 'aset keuangan digital', 'aset kripto', 'aset keuangan digital dan aset kripto',
  'lembaga keuangan mikro', 'teknologi informasi', 'keuangan', 'perencanaan', 'penindakan', 'pencegahan',
  'pencegahan dan monitoring', 'penyidikan', 'penyelidikan', 'ekonomi', 'riset', 'statistik', 'operasional',
  'manajemen risiko', 'kepatuhan', 'perdagangan', 'investasi', 'syariah', 'pengembangan', 'penelitian',
  'pengelolaan investasi', 'transaksi efek', 'penilaian perusahaan', 'kerja sama internasional', 'kerja sama',
  'protokol', 'pers', 'media', 'administrasi', 'umum', 'dewan komisioner', 'pasar modal keuangan derivatif dan bursa karbon',
];

/** Words after "Pasar" that make it a financial market, not a marketplace: "Pasar Modal", "pasar uang". */
export const MARKET_KINDS_ID = words(`modal uang saham obligasi valas keuangan komoditas berjangka derivatif karbon`);
export const COMPANY_BEFORE_EN = words(`
  company maker manufacturer carrier firm airline giant contractor supplier shipbuilder automaker carmaker
  chipmaker conglomerate group startup operator producer vendor lender insurer retailer developer
  companies firms makers manufacturers carriers airlines giants contractors suppliers shipbuilders automakers
  carmakers chipmakers conglomerates startups operators producers vendors lenders insurers retailers developers
  banks
`);

/**
 * Plural generic nouns for companies, after which every coordinated
 * capitalised name is a company: "tech firms FPT and Viettel",
 * "perusahaan Adaro dan Medco".
 */
export const COMPANY_PLURALS = words(`
  companies firms makers manufacturers carriers airlines giants contractors suppliers shipbuilders automakers
  carmakers chipmakers conglomerates startups operators producers vendors lenders insurers retailers developers
  banks brands
  perusahaan emiten maskapai korporasi produsen pabrikan bank operator
`);

/**
 * Tails of a company's name that a known brand's name runs on into:
 * "Samsung Electronics", "Hyundai Motors", "Samsung Heavy Industries".
 */
export const COMPANY_TAILS_EN = words(`
  electronics motors motor industries industry steel semiconductor semiconductors corporation corp corp. inc inc.
  ltd ltd. group holdings holding technologies technology engineering construction chemicals chemical
  pharmaceuticals biologics biosciences energy aerospace shipbuilding shipyard display displays insurance
  securities capital logistics shipping airlines airways telecom telecommunications networks solutions
  systems automotive petroleum petrochemicals mining power electric cosmetics foods beverages e&c c&t
  co co. plc plc. ag gmbh sa nv spa bhd berhad pte limited incorporated
`);

/** Tail words that close a place's name ("Nepean River", "Clarke Quay"). */
export const PLACE_TAILS = words(`
  river lake island islands mountains mountain bay beach quay airport station valley county
  refinery dam reservoir port mine smelter palace tower cathedral mosque basilica
  shoal shoals reef reefs atoll atolls strait straits gulf peninsula sea desert canal archipelago
`);

/**
 * Geographic tails that make a capitalised run a natural feature, a place,
 * even when its words are ordinary English ("Mischief Reef", "Second Thomas
 * Shoal") or a known place's name comes first ("Kiel Canal").
 */
export const GEO_TAILS_EN = words(`
  shoal shoals reef reefs island islands strait straits bay gulf peninsula mountain mountains river lake sea
  desert valley canal archipelago atoll atolls
`);

/**
 * Tails of the names of treaties, laws and other documents: "Mutual Defense
 * Treaty", "Paris Agreement", "Minsk Accords". Such a name is no mention: not
 * a person, not a body, not the place it names.
 */
export const DOCUMENT_TAILS_EN = words(`
  treaty treaties agreement agreements accord accords convention conventions pact pacts protocol protocols
  charter act
`);

/**
 * Indonesian common nouns and adjectives that news and encyclopedic copy
 * capitalise in titles and names of things ("Piala Dunia", "Kisah Sedih",
 * "Bahan Bakar Minyak"). A run holding one of them is not a person's name.
 */
export const COMMON_ID = words(`
  piala kisah nama keluarga roda kode album program studi pahlawan serial hotel musik akses karakter
  kurikulum miniatur kolam menara umat penduduk pianis karier anugerah lomba tingkat bahan bakar minyak
  peserta operasi kongres forum fraksi dewan tugu hakim materi molekul molekuler individu tenaga nomor
  pengunjung terbaik cinta dusun masjid gereja pondok pesantren sekolah kampus universitas institut
  bendera merah putih hitam biru hijau kuning emas perak evolusi teknologi sistem metode teori
  penghargaan hadiah festival konser film lagu buku novel majalah koran surat harian acara episode
  musim liga kompetisi turnamen kejuaraan olimpiade pertandingan final gelar juara stadion
  kerajaan kesultanan kabinet fraksi komite panitia pelaksana harian muda umum pidana perdata
  bersaudara saudara kelurahan negeri swasta nasional internasional daerah wilayah regional
  pascasarjana magister sarjana doktor diploma fakultas jurusan prodi kelas guru siswa mahasiswa murid
  perguruan pendidikan kesehatan pertanian perkebunan kehutanan kelautan perikanan pariwisata
  kristen katolik protestan islam hindu buddha muslim agama suku bahasa budaya adat seni sastra
  tinggi rendah besar kecil baru lama utama pertama kedua ketiga akhir awal
  pesawat kapal kereta mobil motor bus
  diplomat pejabat menteri pemimpin tokoh pengamat analis warga pasukan tentara delegasi utusan
  konsensus poin kesepakatan perjanjian deklarasi resolusi traktat piagam konvensi protokol doktrin
  kebijakan undang-undang peraturan keputusan instruksi
  investor nasabah konsumen pelanggan karyawan pegawai jenazah
  pelaku prajurit patroli personel razia rapat pekerja jemaah jamaah petugas pengendara penumpang relawan buruh nelayan petani pedagang pengungsi
  banjir longsor gempa tsunami erupsi asap kabut hujan badai angin cuaca kemarau kekeringan bencana gelombang kebakaran
  macet kemacetan kendaraan truk antrean mudik pemudik kecelakaan tabrakan
  vaksin vaksinasi virus wabah pandemi penyakit obat pasien
  harga inflasi ekonomi saham rupiah pajak utang ekspor impor anggaran subsidi beras cabai listrik
  debat pemilu pilkada pilpres kampanye koalisi oposisi survei pemerintah rakyat massa demonstran demo pendukung kandidat calon
  laga gol skor babak pemain suporter penonton
  pencurian perampokan penipuan narkoba sabu korban tersangka terdakwa saksi polisi aparat tahanan narapidana begal tawuran
  pengunjung siswa mahasiswa masyarakat orang wisatawan pengemudi sopir
  kasus insiden peristiwa kejadian kondisi situasi data angka jumlah hasil sampah air api
`);

/** Lower-case words that may sit inside an organization's name. */
export const ORG_CONNECTORS = words(`dan untuk of and for the de & la del`);

/** Particles that may sit inside a person's name ("Abdurrachman bin Ali", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = words(`bin binti van von der den de da del della dos du la le al el ibn bte no`);

/**
 * Indonesian abbreviations of common nouns, written in capitals but naming
 * no organization: fuel (BBM), laws (UU, RUU), budgets (APBN), units (KL),
 * school levels (SD, SMA, TK), television (TV), documents and categories of
 * people; and the legal forms PT and CV, which name a company only with the
 * name after them (the head-word rules read "PT Vale").
 */
export const COMMON_ACRONYMS_ID = words(`
  bbm bbg lpg kl ruu uu perppu perpu pp perda apbn apbnp apbd pdb gdp pdrb cpu klb ad art ukm umkm kukm kumkm
  pso ppn pph sdm pns asn tki tkw wni wna nik ktp sim stnk kk dpt ott sd smp sma smk smu mts ma paud
  hut wib wita wit pilkada pilpres pileg capres cawapres caleg dapil ham iptek lsm ormas parpol
  kpr kur bumd bumn sbi suku sara phk ptun
  rt rw ktt psbb ppkm dbd tbc hiv aids ispa covid spt npwp bpkb kip kis pkh blt bst
  pts ptn sbmptn snbp snbt utbk unbk pkl kkn
  tv tk paud pt cv
`);

/**
 * Capitalised words that open a sentence as a relation to the name after
 * them ("Rival Bobby, …", "Istri Anies …"): a common noun, no part of the
 * name. The ambiguous ones that are also given names ("Putri", "Putra")
 * count only before a name already met or an apposition.
 */
export const RELATION_NOUNS_ID = words(`
  rival rekan mitra lawan pesaing kakak adik istri suami ayah ibu bapak paman bibi kakek nenek cucu
  keponakan sepupu menantu mertua sahabat teman kawan kolega ajudan pengacara
`);
export const RELATION_NAMES_ID = words(`anak putra putri`);

/**
 * Common words of the fields that long Indonesian directorate titles name
 * ("Direktur Pencegahan dan Pengendalian Penyakit Menular"): never the
 * first words of the name that follows the title.
 */
export const FIELD_WORDS_ID = words(`
  penyakit menular tidak kesehatan masyarakat lingkungan ibu anak gizi obat makanan pangan pelayanan primer
  rujukan tradisional jiwa kerja olahraga keluarga sumber daya air tanah jalan jembatan perumahan energi mineral
  batubara minyak gas bumi terbarukan transportasi darat laut udara perkeretaapian pajak bea cukai anggaran
  perbendaharaan kekayaan negara umum hukum imigrasi kependudukan sipil otonomi daerah politik pemerintahan desa
  kawasan perkotaan informasi komunikasi publik aplikasi informatika pos telekomunikasi pendidikan dasar menengah
  tinggi vokasi kebudayaan guru tenaga agama haji umrah zakat wakaf perlindungan jaminan sosial rehabilitasi
  perempuan tanaman hortikultura peternakan hewan perikanan tangkap budidaya kehutanan konservasi alam ekosistem
  mitigasi bencana kedaruratan logistik rekonstruksi darurat vektor zoonotik imunisasi surveilans karantina
  farmasi alat medis data sistem usaha kecil mikro industri dalam luar negeri wilayah perbatasan pertahanan
  keamanan ketertiban lalu lintas angkutan barang jasa modal pasar harga produksi distribusi ekspor impor
  standar mutu sarana prasarana teknik teknis strategis nasional internasional regional pusat khusus humas
  hubungan kerja sama protokol penerangan penyuluhan bimbingan islam kristen katolik hindu buddha tindak pidana
  korupsi narkotika narkoba terorisme siber umrah marga cipta karya bina intelektual asasi manusia
`);


/** Capitalised abbreviations of kinds of place: a petrol station (SPBU), a polling station (TPS). */
export const PLACE_ACRONYMS_ID = words(`spbu spbg tps tpa rsud puskesmas`);

/** Lower-case English nouns after a name that make it a place ("the Bharat Mandapam convention center"). */
export const PLACE_AFTER_EN = words(`
  center centre hall stadium arena airport airbase base hotel palace complex compound square
  refinery plant mine port dam smelter terminal reactor oilfield gasfield
`);

/**
 * Lower-case words that qualify a facility's head before its name:
 * "pangkalan udara Nevatim", "kilang minyak Balikpapan", "stasiun kereta api Gambir".
 */
export const FACILITY_QUALIFIERS_ID = words(`
  udara laut militer angkatan minyak gas lng elpiji emas nikel tembaga batubara batu bara bauksit timah
  perikanan peti kemas penyeberangan kontainer internasional domestik komersial nuklir semen baja kereta api
  listrik tenaga uap air panas bumi pesawat kapal tempur rudal angkatan
`);

/** Heads of facilities' names ("Kilang Balikpapan", "PLTU Suralaya"), which never sit inside a person's name. */
export const FACILITY_HEADS_ID = words(`
  kilang pabrik tambang smelter bendungan waduk bendung pelabuhan bandara stasiun terminal
  pltu plta pltn pltd pltg pltgu pltp plts pltb pltmh
`);

/**
 * Words before a sports team's, a club's or a band's name, which make the
 * capitalised run after them an organization: "klub Persib Bandung", "tim
 * Arema FC", "band Noah". Two-word forms are written with a space.
 */
export const TEAM_BEFORE = words(`klub kesebelasan skuad band club team squad tim label`);
export const TEAM_BEFORE_2 = new Set([
  'grup musik', 'grup band', 'klub sepak bola', 'tim sepak bola', 'football club', 'rock band', 'label rekaman',
  'perusahaan rekaman', 'stasiun televisi', 'stasiun tv', 'record label',
]);

/**
 * Nouns for a group or body after "adalah (sebuah)": "Hole adalah sebuah band
 * rock", "Rotorcorp merupakan label rekaman". The subject is an organization.
 */
export const ORG_KIND_ID = words(`band grup klub perusahaan label partai organisasi stasiun saluran kelompok kesebelasan yayasan lembaga`);
/** Heads that name a national team together with its country: "Timnas Indonesia", "tim nasional Jepang". */
export const NATIONAL_TEAM_HEADS = new Set(['timnas', 'tim nasional', 'national team']);

/**
 * Indonesian school levels written as acronyms, which open a school's name:
 * "SMA Negeri 4 Yogyakarta", "SMP Negeri 1 Blora". A school named so is a
 * place (a site pupils go to), as the Indonesian NER conventions tag it.
 */
export const SCHOOL_HEADS_ID = words(`sma smp smk sd smu sltp slta sdn smpn sman smkn mts man min`);

/**
 * Words that open a football club's name before its town: "AC Milan",
 * "Real Oviedo", "EC Juventude", "Inter Milan". ("AS" is the United States in
 * Indonesian copy, so "AS Roma" is left out.)
 */
export const CLUB_PREFIXES = words(`ac fc ec sc afc ssc cf cd ud rcd psv real sporting atletico atlético athletic olympique borussia dynamo dinamo racing`);

/** Tails that turn a town's name into its club's: "Valencia CF", "Arema FC", "Leeds United". */
export const CLUB_TAILS = words(`fc cf sc afc united`);

/** Last words of the names of awards, shows and other works, never of a person: "Filmfare Award", "The Tyra Banks Show". */
export const WORK_TAILS = words(`award awards prize show series story tales saga chronicles`);

/** Indonesian administrative heads, which open a place and never a person's name: "Kabupaten Mukomuko". */
export const ADMIN_HEADS_ID = words(`kabupaten kota kotamadya provinsi kecamatan kelurahan desa dusun distrik prefektur`);

/**
 * Words that open an English body's title-case name: "Joint Chiefs of Staff",
 * "Federal Reserve", "National Guard Bureau", "House Armed Services Committee".
 */
export const ORG_START_EN = words(`
  joint federal national central ministry department office bureau board chamber house senate
  royal presidential supreme state provincial municipal
`);

/**
 * Words that close an English body's title-case name, or the portfolio a
 * department's name ends with: "Joint Chiefs of Staff", "Department of
 * Commerce", "Senate Foreign Relations Committee", "Coast Guard".
 */
export const ORG_END_EN = words(`
  staff commerce defense defence state affairs justice health agriculture energy commission committee council
  forces guard army navy treasury security intelligence investigation reserve command corps representatives
  commons lords senate congress parliament assembly court tribunal administration authority agency service
  services department ministry office bureau board directorate secretariat cabinet police labor labour
  education transportation transport interior finance trade industry development environment relations
  appropriations veterans homeland
`);

/** Lower-case connectors inside an English body's title-case name: "Joint Chiefs of Staff", "Office for Budget and …". */
export const ORG_JOINERS_EN = words(`of for and & on`);

/**
 * Demonyms and regional adjectives that the demonym lexicon leaves out
 * because they name no single country ("Korean", "Arab", "European"); before
 * a lower-case noun they describe it and are never a person's name.
 */
export const BARE_DEMONYMS_EN = words(`
  korean arab arabic european african asian kurdish baltic nordic scandinavian balkan slavic persian
  caucasian latin hispanic western eastern northern southern sunni shiite shia jewish muslim christian
  catholic buddhist hindu
`);

/**
 * Heads of named halls and buildings whose names are often common words:
 * "Aula Besar Rakyat", "Gedung Merah Putih", "Istana Negara", "Menara Kembar".
 * Every capitalised word after one belongs to the name, up to a comma, a
 * lower-case word or a preposition.
 */
export const HALL_HEADS = words(`aula balai gedung istana wisma graha menara masjid gereja stadion hall palace tower`);

/** Prepositions and conjunctions that close a building's name even when capitalised. */
export const HALL_BREAKS = words(`
  di ke dari pada dan untuk dengan oleh yang dalam atas bagi serta atau sejak
  of in at on for and the by with to from or near
`);

/** Lower-case facility heads after which an acronym may be the facility's technology, not its name: "menara BTS 4G". */
export const TECH_TOKENS = /^(\d[\d.,]*\p{L}{0,3}|[2-6]G|LTE|VoLTE|Wi-?Fi|GSM|CDMA|FTTH)$/iu;

/**
 * Heads of the police's and armed forces' regional commands, which with or
 * without their region after them are an organization: "Polda Sumut",
 * "Polrestabes Surabaya", "Kodam Jaya", "Korem 042/Garuda Putih", "Lantamal I".
 * Inside another body's name one opens the command the body belongs to:
 * "Direktorat Reserse Narkoba | Polda Sumatera Utara".
 */
export const UNIT_HEADS_ID = words(`
  polda polres polresta polrestabes polsek polsubsektor kodam korem kodim koramil lantamal lanal
  kodaeral koarmada kogabwilhan kopasgat yonif
`);

/**
 * Short names of a command's directorates and units, which alone are an
 * organization too ("Ditresnarkoba menyita …") and run on to a number or a
 * name ("Subdit III", "Satreskrim Polres …" stops before the command).
 */
export const SUBUNIT_HEADS_ID = words(`
  subdit subbid subbag satreskrim satresnarkoba satlantas satintelkam satsamapta satpolairud ditreskrimum ditreskrimsus
  ditresnarkoba ditlantas ditpolairud ditsamapta
`);

/**
 * Headquarters ("markas") of a command, written as one word with "Ma-":
 * "Mapolda Sumut", "Mapolres Langkat", "Makodam Jaya", "Mako Brimob". The
 * compound and the command after it name the compound, a place.
 */
export const MARKAS_HEADS_ID = words(`
  mapolda mapolres mapolresta mapolrestabes mapolsek mapolsubsektor makodam makorem makodim makoramil
  mako makopassus makostrad mabesad mabesal mabesau malantamal malanal
`);

/** Lower-case area words that stand before a place's name but are no part of it: "di kawasan | Pelabuhan Belawan". */
export const AREA_WORDS_ID = words(`kawasan wilayah daerah area sekitar lokasi seputaran areal`);

/** Prepositions of place before "<Name>, <Country>": "dari Penang, Malaysia", "in Penang, Malaysia". */
export const LOCATIVE_ID = words(`di dari ke menuju dekat asal`);
export const LOCATIVE_EN = words(`in from near at to outside`);

/**
 * Role abbreviations of Indonesian police, military and civil-service
 * offices, after which a unit's short name (a field, "Binpres", "Narkoba",
 * "Humas", or a chain of abbreviations) belongs to the title before the
 * owning body: "Kabid Binpres | PP PBSI | Ricky …", "Kasat Narkoba | Polres Langkat | AKP …".
 */
export const UNIT_ROLES_ID = words(`
  kabid kasubdit kasubbid kasubbag kasat kabag kadis kasi kasie kanit kadiv karo kapus kaur panit
`);

/** Words before a doubles pair written with a slash: "ganda putra Fajar/Rian", "pasangan Liang/Wang". */
export const PAIR_BEFORE = words(`ganda pasangan duet duo doubles pair pairing`);

/**
 * English tails of a facility's or estate's name, lower-cased and spaced:
 * "Morowali Industrial Park", "Batam Free Trade Zone", "Paiton Power Plant".
 * A capitalised run ending on one is a place (an organization when a
 * bracketed acronym follows), never a person.
 */
export const FACILITY_TAILS_EN = [
  'industrial park', 'industrial estate', 'industrial zone', 'industrial area', 'industrial complex', 'economic zone',
  'special economic zone', 'free trade zone', 'free zone', 'export processing zone', 'science park', 'technology park',
  'eco park', 'business park', 'port', 'seaport', 'terminal', 'container terminal', 'airport', 'international airport',
  'power plant', 'power station', 'nuclear power plant', 'smelter', 'refinery', 'shipyard', 'naval base', 'air base', 'airbase',
];


/** Words before a hyphenated pair of nicknames that make it an electoral ticket or a government: "pasangan Jokowi-JK". */
export const TICKET_BEFORE = words(`
  pasangan paslon duet duo pemerintahan kabinet kubu koalisi capres cawapres capres-cawapres pilpres tim era rezim
  pendukung relawan pemenangan ticket administration campaign running
`);
