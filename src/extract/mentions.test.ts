import { describe, expect, it } from 'vitest';
import type { Lang } from '../graph/types.js';
import { canonicalCountry, findMentions } from './mentions.js';
import type { Mention } from './types.js';

const find = (text: string, lang: Lang = 'id'): Mention[] => findMentions(text, lang);
const typed = (ms: Mention[]): string[] => ms.map((m) => `${m.type}:${m.text}`);
const byText = (ms: Mention[], text: string): Mention | undefined => ms.find((m) => m.text === text);

describe('findMentions on the seed sentences (Indonesian)', () => {
  it('splits a titled person from the title and its country', () => {
    const ms = find('Menteri Luar Negeri Korea Utara (Korut) Choe Son-hui tiba di Rusia untuk bertemu dengan mitranya, Sergei Lavrov.');
    expect(typed(ms)).toEqual([
      'country:Korea Utara',
      'country:Korut',
      'person:Choe Son-hui',
      'country:Rusia',
      'person:Sergei Lavrov',
    ]);
    const choe = byText(ms, 'Choe Son-hui')!;
    expect(choe.role).toBe('Menteri Luar Negeri');
    expect(choe.roleOf).toBe('Korea Utara');
    expect(byText(ms, 'Korut')!.canonical).toBe('North Korea');
  });

  it('reads "Juru Bicara Kremlin, Dmitry Peskov"', () => {
    const ms = find('Juru Bicara Kremlin, Dmitry Peskov mengatakan, Korea Utara sebagai mitra Rusia.');
    const peskov = byText(ms, 'Dmitry Peskov')!;
    expect(peskov).toMatchObject({ type: 'person', role: 'Juru Bicara', roleOf: 'Kremlin' });
    expect(byText(ms, 'Kremlin')!.type).toBe('organization');
  });

  it('reads a lower-case title with an organization owner', () => {
    const ms = find('Awal bulan ini, juru bicara Dewan Keamanan Nasional AS John Kirby mengatakan bahwa Rusia telah menggunakan rudal balistik.');
    expect(byText(ms, 'John Kirby')).toMatchObject({ role: 'juru bicara', roleOf: 'Dewan Keamanan Nasional AS' });
    expect(byText(ms, 'rudal balistik')).toMatchObject({ type: 'weapon', canonical: 'ballistic missile' });
  });

  it('keeps the country inside a title as its own mention', () => {
    const ms = find('Presiden Rusia Vladimir Putin menyambut kedatangan Menlu Korea Utara Choe Son-hui di Moskow.');
    expect(typed(ms)).toEqual(['country:Rusia', 'person:Vladimir Putin', 'country:Korea Utara', 'person:Choe Son-hui', 'place:Moskow']);
    expect(byText(ms, 'Vladimir Putin')).toMatchObject({ role: 'Presiden', roleOf: 'Rusia' });
    expect(byText(ms, 'Moskow')).toMatchObject({ canonical: 'Moscow', country: 'Russia' });
    expect(byText(ms, 'Moskow')!.lat).toBeCloseTo(55.75, 0);
  });

  it('finds weapon classes (longest wins) and named systems', () => {
    const ms = find('Menteri Pertahanan Rusia menunjukkan rudal balistik antarbenua Hwasong. Rudal balistik hipersonik ini baru.');
    expect(byText(ms, 'rudal balistik antarbenua')!.canonical).toBe('intercontinental ballistic missile');
    expect(byText(ms, 'Hwasong')!.type).toBe('weapon');
    expect(byText(ms, 'Rudal balistik hipersonik')!.canonical).toBe('hypersonic ballistic missile');
    expect(typed(find('Rudal Hwasong-11 Korea Utara dilaporkan mendarat di Kharkiv.'))).toContain('weapon:Hwasong-11');
  });

  it('keeps a place head that belongs to the name', () => {
    const ms = find('Pertemuan mereka pada 13 September di Kosmodrom Vostochny dan pertemuan di Timur Jauh Rusia.');
    expect(typed(ms)).toEqual(['place:Kosmodrom Vostochny', 'place:Timur Jauh Rusia']);
    expect(typed(find('Lavrov mengatakan diskusi mencakup situasi di Semenanjung Korea.'))).toContain('place:Semenanjung Korea');
  });

  it('finds a person by apposition and by speech verbs', () => {
    expect(typed(find('Koo Byoung-sam, juru bicara kementerian, mengatakan dalam konferensi pers.'))).toEqual(['person:Koo Byoung-sam']);
    expect(typed(find('"Kami akan melakukan segala upaya," kata Choe.'))).toEqual(['person:Choe']);
    expect(typed(find('Zakharova memperkirakan kunjungan tersebut akan memicu spekulasi.'))).toEqual(['person:Zakharova']);
  });

  it('maps every name of the United Nations and North Korea to one canonical', () => {
    const ms = find('Bantuan itu melanggar resolusi Perserikatan Bangsa-Bangsa (PBB), kata Republik Demokratik Rakyat Korea.');
    expect(ms.filter((m) => m.type === 'organization').map((m) => m.canonical)).toEqual(['United Nations']);
    expect(byText(ms, 'Republik Demokratik Rakyat Korea')!.canonical).toBe('North Korea');
  });
});

describe('findMentions on unseen Indonesian news', () => {
  it('reads regional titles and their region', () => {
    const ms = find('Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Kabupaten Demak, Senin (5/2).');
    expect(byText(ms, 'Ganjar Pranowo')).toMatchObject({ role: 'Gubernur', roleOf: 'Jawa Tengah' });
    expect(byText(ms, 'Jawa Tengah')!.canonical).toBe('Central Java');
    expect(byText(ms, 'Kabupaten Demak')!.type).toBe('place');
  });

  it('reads organizations by head word and by acronym', () => {
    const ms = find('Sementara itu, Ketua KPK Nawawi Pomolango mengatakan Kementerian Keuangan dan Universitas Gadjah Mada bekerja sama.');
    expect(byText(ms, 'Nawawi Pomolango')).toMatchObject({ role: 'Ketua', roleOf: 'KPK' });
    expect(byText(ms, 'Kementerian Keuangan')!.type).toBe('organization');
    expect(byText(ms, 'Universitas Gadjah Mada')!.type).toBe('organization');
  });

  it('finds unknown places after "di" and "ke"', () => {
    const ms = find('Warga mengungsi ke Wonosobo setelah longsor di Banjarnegara.');
    expect(typed(ms)).toEqual(['place:Wonosobo', 'place:Banjarnegara']);
  });

  it('does not take sentence-opening words, months, weekdays or boilerplate for names', () => {
    expect(find('Pertemuan itu berlangsung pada Senin, 15 Januari 2024.')).toEqual([]);
    expect(find('Namun, Kunjungan tersebut ditunda. Dalam pernyataannya, Para pejabat diam.')).toEqual([]);
    expect(find('Baca juga: Menurut laporan terbaru, harga naik.')).toEqual([]);
  });
});

describe('findMentions on English news', () => {
  it('reads demonym-first titles', () => {
    const ms = find('Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Tuesday.', 'en');
    expect(byText(ms, 'Sergei Lavrov')).toMatchObject({ role: 'Foreign Minister', roleOf: 'Russian' });
    expect(byText(ms, 'Kim Jong Un')).toMatchObject({ role: 'leader', roleOf: 'North Korean' });
    expect(byText(ms, 'Pyongyang')!.type).toBe('place');
  });

  it('reads organization-first titles and English countries', () => {
    const ms = find('However, Kremlin spokesman Dmitry Peskov said the U.S. had no evidence.', 'en');
    expect(typed(ms)).toEqual(['organization:Kremlin', 'person:Dmitry Peskov', 'country:U.S.']);
    expect(byText(ms, 'U.S.')!.canonical).toBe('United States');
  });

  it('finds made-up names by context', () => {
    const ms = find('German Chancellor Olaf Scholz told reporters in Berlin that Maria Hendricks, a diplomat, had resigned.', 'en');
    expect(byText(ms, 'Olaf Scholz')!.role).toBe('Chancellor');
    expect(byText(ms, 'Berlin')!.type).toBe('place');
    expect(byText(ms, 'Maria Hendricks')!.type).toBe('person');
  });

  it('does not read "As" or sentence-opening words as entities', () => {
    expect(find('As expected, Officials said nothing on Monday.', 'en')).toEqual([]);
  });
});

describe('findMentions output contract', () => {
  const texts: Array<[string, Lang]> = [
    ['Menlu Korut Choe Son-hui dan Menlu Rusia Sergei Lavrov bertemu di Moskow, Rusia, Selasa (16/1). "Kami akan," kata Choe.', 'id'],
    ['Korsel menuduh Pyongyang menyuplai lebih dari satu juta peluru artileri ke Moskwa; AS-Indonesia dan Gedung Putih.', 'id'],
    ["North Korea's KCNA said Hwasong-18 and Su-35 jets, F-16s and Shahed-136 drones flew over the Korean Peninsula.", 'en'],
  ];
  it.each(texts)('gives exact, sorted, non-overlapping offsets: %s', (text, lang) => {
    const ms = find(text, lang);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let k = 1; k < ms.length; k++) expect(ms[k]!.start).toBeGreaterThanOrEqual(ms[k - 1]!.end);
  });

  // Speed is measured by the benchmark; this checks that a long text gets the same mentions
  // in every copy of a repeated story, with exact offsets throughout.
  it('finds the same mentions in every copy of a long repeated story', () => {
    const story = `${texts.map(([t]) => t).join(' ')} `;
    const once = find(story).map((m) => [m.start, m.type, m.text].join('|'));
    const copies = 500;
    const text = story.repeat(copies);
    const all = find(text);
    for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
    const lastCopy = all
      .filter((m) => m.start >= story.length * (copies - 1))
      .map((m) => [m.start - story.length * (copies - 1), m.type, m.text].join('|'));
    expect(lastCopy).toEqual(once);
  });
});

describe('regnal numbers', () => {
  it('a monarch keeps the number after a single name', () => {
    const names = find("Jordan's King Abdullah II met Britain's King Charles III in London.", 'en').filter((m) => m.type === 'person').map((m) => m.text);
    expect(names).toEqual(['Abdullah II', 'Charles III']);
  });
});

describe('canonicalCountry', () => {
  it('canonicalises countries, demonyms and organizations in both languages', () => {
    expect(canonicalCountry('Korut')).toBe('North Korea');
    expect(canonicalCountry('DPRK')).toBe('North Korea');
    expect(canonicalCountry('North Korean')).toBe('North Korea');
    expect(canonicalCountry('Russian')).toBe('Russia');
    expect(canonicalCountry('Federasi Rusia')).toBe('Russia');
    expect(canonicalCountry('Tiongkok')).toBe('China');
    expect(canonicalCountry('Britania Raya')).toBe('United Kingdom');
    expect(canonicalCountry('PBB')).toBe('United Nations');
    expect(canonicalCountry('Atlantis')).toBeUndefined();
  });
});

describe('evidence for people, places and bodies', () => {
  it('needs evidence before calling an unknown capitalised word a person', () => {
    const ms = typed(find('Warga menunggu di depan Masjid besar sambil membeli Solar dan Pertalite untuk acara Muktamar tahun ini.'));
    expect(ms.filter((m) => m.startsWith('person:'))).toEqual([]);
  });

  it('takes a lone name after a speech verb, before a verb, or met earlier in the text', () => {
    const ms = typed(find('Bupati Kendal Wahyu Santoso meninjau banjir. Menurut Wahyu, air mulai surut. Hartono menambahkan bahwa bantuan datang.'));
    expect(ms).toContain('person:Wahyu Santoso');
    expect(ms).toContain('person:Wahyu');
    expect(ms).toContain('person:Hartono');
  });

  it('keeps common nouns in titles of events and things out of people', () => {
    const ms = typed(find('Tim itu akhirnya meraih Piala Presiden setelah mengalahkan lawan dalam Kisah Klasik yang ditayangkan televisi.'));
    expect(ms.filter((m) => m.startsWith('person:'))).toEqual([]);
  });

  it('reads a place with its head word and a city with its direction', () => {
    const ms = typed(find('Rapat digelar di Gedung DPR lalu dilanjutkan di Kecamatan Sukamaju, Jakarta Timur, dan di wilayah Jalur Gaza.'));
    expect(ms).toContain('place:Gedung DPR');
    expect(ms).toContain('place:Kecamatan Sukamaju');
    expect(ms).toContain('place:Jakarta Timur');
    expect(ms).toContain('place:Jalur Gaza');
  });

  it('keeps an attached acronym with its organization and a spaced one apart', () => {
    expect(typed(find('Putusan Mahkamah Konstitusi (MK) dibacakan Senin.'))).toContain('organization:Mahkamah Konstitusi (MK)');
    const spaced = typed(find('Putusan Mahkamah Konstitusi ( MK ) dibacakan Senin.'));
    expect(spaced).toContain('organization:Mahkamah Konstitusi');
    expect(spaced).toContain('organization:MK');
    expect(typed(find('PT Kereta Api Indonesia (Persero) menambah jadwal.'))).toContain('organization:PT Kereta Api Indonesia (Persero)');
  });

  it('closes clubs, broadcasters and companies by their tails', () => {
    const ms = typed(find('Gelandang itu pindah dari Werder Bremen ke Bayer Leverkusen setelah tampil melawan Hertha BSC dan Borussia SV, kata Sport TV.'));
    expect(ms).toContain('organization:Sport TV');
    expect(ms).toContain('organization:Borussia SV');
  });

  it('leaves common abbreviations alone and reads a petrol station as a place', () => {
    const ms = typed(find('Antrean BBM terjadi di sejumlah SPBU setelah RUU itu disahkan.'));
    expect(ms).toEqual(['place:SPBU']);
  });

  it('keeps nobility titles in the name but not religious honorifics', () => {
    const ms = typed(find('Tanah itu diwariskan oleh Pangeran Surya Kusuma kepada Haji Muhammad Saleh.'));
    expect(ms).toContain('person:Pangeran Surya Kusuma');
    expect(ms).toContain('person:Muhammad Saleh');
  });

  it('does not read a title-case headline as names', () => {
    const ms = typed(find('Menlu Sugiono Bertemu Wong di Singapura, Bahas Selat Malaka\nMenteri Luar Negeri Sugiono bertemu Menlu Singapura.'));
    expect(ms).toContain('person:Sugiono');
    expect(ms).not.toContain('person:Sugiono Bertemu Wong');
    expect(ms).toContain('place:Selat Malaka');
  });

  it('separates a ministry from the spokesperson named after it', () => {
    const ms = find('Juru bicara Kementerian Perhubungan Adita Irawati mengatakan jadwal kereta kembali normal.');
    expect(byText(ms, 'Adita Irawati')).toMatchObject({ type: 'person', role: 'Juru bicara', roleOf: 'Kementerian Perhubungan' });
    expect(byText(ms, 'Kementerian Perhubungan')!.type).toBe('organization');
  });

  it('reads English companies, demonym-led bodies and named venues', () => {
    const ms = find('Japanese Defense Ministry spokesman Kenji Sato said General Dynamics will build the ships, and the deal was signed at the Marina Bay convention center.', 'en');
    expect(byText(ms, 'Kenji Sato')).toMatchObject({ type: 'person', role: 'spokesman' });
    expect(byText(ms, 'Japanese Defense Ministry')!.type).toBe('organization');
    expect(byText(ms, 'General Dynamics')!.type).toBe('organization');
    expect(byText(ms, 'Marina Bay')!.type).toBe('place');
  });
});

describe('findMentions: bodies, titles and companies (made-up sentences)', () => {
  it('ends a ministry at its portfolio and gives the rest to the person', () => {
    const ms = find('Juru bicara Kementerian Pertahanan Dahnil Anzar Simanjuntak mengatakan kontrak itu sah.');
    expect(typed(ms)).toEqual(['organization:Kementerian Pertahanan', 'person:Dahnil Anzar Simanjuntak']);
    expect(byText(ms, 'Dahnil Anzar Simanjuntak')!.roleOf).toBe('Kementerian Pertahanan');
  });

  it('ends an unknown body at its last body word before a titled name', () => {
    expect(typed(find('Ketua Umum Partai Garuda Baru Andi Surya Putra menyatakan dukungan.'))).toEqual([
      'organization:Partai Garuda Baru',
      'person:Andi Surya Putra',
    ]);
    expect(typed(find('Kepala Badan Gizi Nasional Dadan Hindayana berbicara.'))).toEqual(['organization:Badan Gizi Nasional', 'person:Dadan Hindayana']);
    expect(typed(find('Direktur Utama PT Sinar Baja Abadi Budi Santoso hadir.'))).toEqual(['organization:PT Sinar Baja Abadi', 'person:Budi Santoso']);
    const seskab = byText(find('Sekretaris Kabinet Teddy Indra Wijaya membacakan keputusan.'), 'Teddy Indra Wijaya')!;
    expect(seskab.role).toBe('Sekretaris Kabinet');
  });

  it('keeps a minister portfolio in the title and the country as its owner', () => {
    const lecornu = byText(find('Menteri Angkatan Bersenjata Prancis Sebastien Lecornu mengunjungi Jakarta.'), 'Sebastien Lecornu')!;
    expect(lecornu.role).toBe('Menteri Angkatan Bersenjata');
    expect(lecornu.roleOf).toBe('Prancis');
    const en = byText(find('French Armed Forces Minister Sebastien Lecornu visited Jakarta.', 'en'), 'Sebastien Lecornu')!;
    expect(en.role).toBe('Armed Forces Minister');
    expect(byText(find('Wakil Menteri Pertanian Sudaryono hadir.'), 'Sudaryono')!.role).toBe('Wakil Menteri Pertanian');
  });

  it('reads company names by their tails and the generic noun before them', () => {
    expect(typed(find('Produsen pesawat Dassault Aviation menyatakan siap mengirim.'))).toEqual(['organization:Dassault Aviation']);
    expect(typed(find('Maskapai Pelita Air Service menambah rute.'))).toEqual(['organization:Pelita Air Service']);
    expect(typed(find('Perusahaan Naval Group menawarkan kapal.'))).toEqual(['organization:Naval Group']);
    expect(typed(find('The aircraft maker Dassault said it would deliver, and Hanwha Aerospace agreed.', 'en'))).toEqual([
      'organization:Dassault',
      'organization:Hanwha Aerospace',
    ]);
  });

  it('does not read a sentence-opening common noun as a person', () => {
    expect(find('Kontrak tersebut merupakan bagian dari modernisasi.')).toEqual([]);
    expect(find('Skema pun berubah setelah rapat.')).toEqual([]);
  });

  it('keeps military branches in one body', () => {
    expect(typed(find('Jet itu diterima TNI Angkatan Udara dan TNI AL bersama Korps Marinir.'))).toEqual([
      'organization:TNI Angkatan Udara',
      'organization:TNI AL',
      'organization:Korps Marinir',
    ]);
    expect(typed(find('The US Air Force and the Indian Navy joined the Royal Navy.', 'en'))).toEqual([
      'organization:US Air Force',
      'organization:Indian Navy',
      'organization:Royal Navy',
    ]);
  });
});

describe('findMentions: institutions, regional titles and settlements (made-up sentences)', () => {
  it('keeps the direction word after a place at the end of a body', () => {
    const ms = find('Berkas perkara dilimpahkan ke Pengadilan Negeri Bandung Timur oleh Polres Jakarta Utara pekan lalu.');
    expect(typed(ms)).toContain('organization:Pengadilan Negeri Bandung Timur');
    expect(typed(ms)).toContain('organization:Polres Jakarta Utara');
    expect(typed(find('Putusan itu dikuatkan Pengadilan Tinggi Jawa Barat dan Polda Sumatera Utara.'))).toEqual([
      'organization:Pengadilan Tinggi Jawa Barat',
      'organization:Polda Sumatera Utara',
    ]);
  });

  it('keeps a known body acronym that closes a facility or a branch', () => {
    expect(typed(find('Kedua tersangka ditahan di Rumah Tahanan Cabang KPK selama dua pekan.'))).toContain('organization:Rumah Tahanan Cabang KPK');
    expect(typed(find('Saksi tiba di Gedung Merah Putih KPK pada pagi hari.'))).toContain('place:Gedung Merah Putih KPK');
    expect(typed(find('Terpidana dipindahkan ke Lapas Kelas II Sukamiskin bulan ini.'))).toContain('organization:Lapas Kelas II Sukamiskin');
    // A body's own unit before another body's acronym stays two bodies.
    expect(typed(find('Ketua Badan Pemenangan Pemilu PPP Rina Suganda mengatakan hal itu.'))).toEqual([
      'organization:Badan Pemenangan Pemilu',
      'organization:PPP',
      'person:Rina Suganda',
    ]);
  });

  it('reads the word after a regional title as its region, even when unknown', () => {
    const ms = find('Bupati Karangwetan Surya Adi Nugraha diperiksa penyidik. Wali Kota Medan Hendra Gunawan hadir.');
    expect(byText(ms, 'Karangwetan')!.type).toBe('place');
    expect(byText(ms, 'Surya Adi Nugraha')).toMatchObject({ type: 'person', role: 'Bupati', roleOf: 'Karangwetan' });
    expect(byText(ms, 'Hendra Gunawan')).toMatchObject({ roleOf: 'Medan' });
    expect(typed(find('Gubernur Jawa Barat Dedi Santosa meninjau lokasi.'))).toEqual(['place:Jawa Barat', 'person:Dedi Santosa']);
    expect(typed(find('Bupati Lampung Selatan Agus Prasetyo hadir.'))).toEqual(['place:Lampung Selatan', 'person:Agus Prasetyo']);
  });

  it('never makes that region a person elsewhere in the text', () => {
    const text =
      'KPK Tahan Bupati Karangwetan Terkait Dugaan Suap Proyek Jalan\n' +
      'Kepala Badan Pendapatan Daerah Karangwetan diperiksa. Bupati Karangwetan Surya Adi Nugraha juga hadir di Karangwetan.';
    const ms = find(text);
    expect(ms.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Surya Adi Nugraha']);
    expect(typed(ms)).toContain('organization:Badan Pendapatan Daerah Karangwetan');
    expect(ms.filter((m) => m.text === 'Karangwetan').every((m) => m.type === 'place')).toBe(true);
  });

  it('reads "the city of X" as a place in English', () => {
    expect(typed(find('Troops gathered near the coastal town of Port Kessel before dawn.', 'en'))).toContain('place:Port Kessel');
    expect(typed(find('Fighting reached the ancient desert city of Wadi Zarqa on Monday.', 'en'))).toContain('place:Wadi Zarqa');
  });
});

describe('people-nouns opening a sentence', () => {
  it('does not take a common noun for a name', () => {
    const text = 'Diplomat senior Jepang, Kamis (4/7), menerima utusan khusus dari Brasil di Tokyo.';
    expect(findMentions(text, 'id').filter((m) => m.type === 'person')).toEqual([]);
  });
});

describe('findMentions: sport and economy roles, teams and facilities (made-up sentences)', () => {
  const person = (ms: Mention[], text: string) => ms.find((m) => m.type === 'person' && m.text === text);

  it('keeps an occupational role noun out of the name (Indonesian and English)', () => {
    const cases: Array<[string, string, string]> = [
      ['Kiper Dimas Aryaguna melakukan tiga penyelamatan.', 'Dimas Aryaguna', 'Kiper'],
      ['Gelandang Rafael Mendoza absen karena cedera.', 'Rafael Mendoza', 'Gelandang'],
      ['Wasit Hendro Kusumo memberi kartu merah.', 'Hendro Kusumo', 'Wasit'],
      ['Pebulu tangkis Sekar Ayuningtyas melaju ke final.', 'Sekar Ayuningtyas', 'Pebulu tangkis'],
      ['Menurut ekonom Lestari Wibisono, inflasi akan turun.', 'Lestari Wibisono', 'ekonom'],
      ['Kuasa hukum Bagus Hartanto menolak tuduhan itu.', 'Bagus Hartanto', 'Kuasa hukum'],
      ['Sutradara Yudhistira Anggoro merilis film baru.', 'Yudhistira Anggoro', 'Sutradara'],
    ];
    for (const [text, name, role] of cases) {
      const ms = find(text);
      expect(ms.filter((m) => m.type === 'person').map((m) => m.text), text).toEqual([name]);
      expect(person(ms, name)!.role).toBe(role);
    }
    expect(person(find('Goalkeeper Tomas Lindqvist kept a clean sheet.', 'en'), 'Tomas Lindqvist')!.role).toBe('Goalkeeper');
    expect(person(find('Prices will ease, economist Maria Okafor said.', 'en'), 'Maria Okafor')!.role).toBe('economist');
  });

  it('never puts an acronym before a name into the person', () => {
    const ms = find('Ketua Umum PBSI Arief Nugroho menyatakan timnya siap.');
    expect(typed(ms)).toEqual(['organization:PBSI', 'person:Arief Nugroho']);
    expect(person(ms, 'Arief Nugroho')).toMatchObject({ role: 'Ketua Umum', roleOf: 'PBSI' });
    const ms2 = find('Direktur Utama PGNX Wahyu Santoso mengatakan pasokan gas aman.');
    expect(person(ms2, 'Wahyu Santoso')).toMatchObject({ role: 'Direktur Utama', roleOf: 'PGNX' });
    // A rank between the body and the name stays out of both.
    const ms3 = find('Kapolda Sulawesi Tengah Irjen Bambang Wirayuda meninjau lokasi.');
    expect(person(ms3, 'Bambang Wirayuda')).toMatchObject({ role: 'Kapolda', roleOf: 'Polda Sulawesi Tengah' });
    expect(typed(ms3)).toContain('place:Sulawesi Tengah');
    // Untitled, an acronym and two name words are a body and a person; an acronym and a place stay one name.
    expect(typed(find('Pada rapat itu KSPN Yanto Suherman menolak usulan.'))).toEqual(['organization:KSPN', 'person:Yanto Suherman']);
    expect(typed(find('Bersama PSKM Makassar dia juara.'))).not.toContain('person:Makassar');
  });

  it('reads national teams, clubs and bands as organizations', () => {
    const ms = find('Pelatih Timnas Vietnam, Park Hang-seo, memuji lini belakang.');
    expect(typed(ms)).toEqual(['organization:Timnas Vietnam', 'person:Park Hang-seo']);
    expect(person(ms, 'Park Hang-seo')).toMatchObject({ role: 'Pelatih', roleOf: 'Timnas Vietnam' });
    expect(typed(find('Timnas U-20 berlatih di Bali.'))).toContain('organization:Timnas U-20');
    const national = byText(find('Pemain tim nasional Thailand berlatih sore ini.'), 'tim nasional Thailand')!;
    expect(national).toMatchObject({ type: 'organization', canonical: 'Timnas Thailand' });
    expect(typed(find('Ia pindah ke klub Sriwijaya Palembang musim lalu.'))).toEqual(['organization:Sriwijaya Palembang']);
    expect(typed(find('Mereka kalah dari tim Bhayangkara FC kemarin.'))).toEqual(['organization:Bhayangkara FC']);
    expect(typed(find('Konser band Kotak Pelangi digelar malam ini.'))).toEqual(['organization:Kotak Pelangi']);
    // A bare "tim" before a country stays the country.
    expect(typed(find('Tim Malaysia menang tipis.'))).toEqual(['country:Malaysia']);
    expect(typed(find('Ia kapten tim Leeds Rovers selama lima musim.'))).toEqual(['organization:Leeds Rovers']);
    // An unknown name closed by a country's is a body: "Barito Indonesia".
    expect(typed(find('Ia kembali memperkuat Barito Indonesia musim ini.'))).toEqual(['organization:Barito Indonesia']);
  });

  it('splits a body and the person after a role noun', () => {
    const ms = find('Ekonom Universitas Airlangga Citra Dewanti menilai harga beras naik.');
    expect(typed(ms)).toEqual(['organization:Universitas Airlangga', 'person:Citra Dewanti']);
    expect(person(ms, 'Citra Dewanti')).toMatchObject({ role: 'Ekonom', roleOf: 'Universitas Airlangga' });
    const ms2 = find('Penyerang Persipura Jayapura Boaz Wanggai mencetak dua gol.');
    expect(typed(ms2)).toEqual(['organization:Persipura Jayapura', 'person:Boaz Wanggai']);
    // The ministry and its portfolio still end the body.
    expect(typed(find('Juru bicara Kementerian Perdagangan Rina Lestari mengatakan ekspor naik.'))).toEqual([
      'organization:Kementerian Perdagangan',
      'person:Rina Lestari',
    ]);
  });

  it('reads facilities as places', () => {
    expect(typed(find('Kilang Dumai di Riau sedang dirawat.'))).toEqual(['place:Kilang Dumai', 'place:Riau']);
    expect(typed(find('Produksi Tambang Batu Hijau turun.'))).toContain('place:Tambang Batu Hijau');
    expect(typed(find('Listrik dari PLTU Cilacap padam.'))).toEqual(['place:PLTU Cilacap']);
    expect(typed(find('Penerbangan dialihkan ke Bandar Udara Sultan Syarif Kasim.'))).toEqual(['place:Bandar Udara Sultan Syarif Kasim']);
    expect(typed(find('Drones struck the Baiji refinery overnight.', 'en'))).toContain('place:Baiji');
  });

  it('keeps an organization and its bracketed acronym one mention', () => {
    const ms = find('Kementerian Kelautan dan Perikanan (KKP) dan Organisasi Negara-Negara Produsen Kopi (ONPK) bertemu.');
    expect(typed(ms)).toEqual([
      'organization:Kementerian Kelautan dan Perikanan (KKP)',
      'organization:Organisasi Negara-Negara Produsen Kopi (ONPK)',
    ]);
  });
});

describe('findMentions on held-out failure shapes', () => {
  it('splits two full names joined by a hyphen into two people, but keeps Korean names whole', () => {
    const ms = find('KPU menetapkan pasangan Bagus Prasetyo-Dewi Kartika Sari dan Hendra Gunawan-Lukman HS sebagai peserta.');
    expect(typed(ms)).toEqual([
      'organization:KPU',
      'person:Bagus Prasetyo',
      'person:Dewi Kartika Sari',
      'person:Hendra Gunawan',
      'person:Lukman HS',
    ]);
    // A town's name inside a person's name does not block the split.
    expect(typed(find('Lima partai mengusung pasangan Yusuf Hamdani-Arif Malang.'))).toEqual(
      expect.arrayContaining(['person:Yusuf Hamdani', 'person:Arif Malang']),
    );
    const ko = find('Menlu Korea Selatan Park Ji-won bertemu Lee Myung-bak dan Presiden Shin Dae-Ho di Seoul.');
    expect(typed(ko)).toEqual(expect.arrayContaining(['person:Park Ji-won', 'person:Lee Myung-bak', 'person:Shin Dae-Ho']));
    // Two places joined by a hyphen are not a ticket.
    expect(typed(find('Ketegangan di kawasan Asia Timur-Asia Tenggara meningkat.')).some((x) => x.startsWith('person:'))).toBe(false);
  });

  it('takes a word of a person met earlier as that person, even at a sentence start', () => {
    const ms = find('Kanselir Jerman Friedrich Weber mengunjungi Manila pekan lalu.\n\nWeber kembali ke Berlin pada Jumat.');
    expect(typed(ms)).toEqual(expect.arrayContaining(['person:Friedrich Weber', 'person:Weber', 'place:Berlin']));
    const en = find('Senator Margaret Rice arrived in Ohio. Rice later left for Boston.', 'en');
    expect(typed(en)).toContain('person:Rice');
  });

  it('finds a person whose first name is also an English word inside an Indonesian sentence', () => {
    const ms = find('Pertahanan yang dikawal Mark Siregar dan Fajar Nugraha tampil rapat.');
    expect(typed(ms)).toEqual(['person:Mark Siregar', 'person:Fajar Nugraha']);
    expect(typed(find('Tim diperkuat Bill Tambunan saat melawan Thailand.'))).toContain('person:Bill Tambunan');
    // Titles of works stay out.
    expect(typed(find('Album The Silent Dawn dirilis tahun lalu.')).some((x) => x.startsWith('person:'))).toBe(false);
  });

  it('runs a body name with a known body inside through a faith word and a country to its acronym', () => {
    const ms = find('Juru bicara mengatakan Korps Garda Revolusi Islam Iran (IRGC) menembakkan rudal ke arah Teluk.');
    expect(typed(ms)).toContain('organization:Korps Garda Revolusi Islam Iran (IRGC)');
    expect(byText(ms, 'Korps Garda Revolusi Islam Iran (IRGC)')!.canonical).toBe('Islamic Revolutionary Guard Corps');
    const ms2 = find('Brigade Hizbullah Islam Lebanon (BHIL) mengklaim serangan itu.');
    expect(typed(ms2)).toEqual(['organization:Brigade Hizbullah Islam Lebanon (BHIL)']);
  });

  it('reads a lower-case facility head with a qualifier and a name as a place', () => {
    expect(typed(find('Kerusakan terlihat di pangkalan udara Ramon pada malam hari.'))).toEqual(['place:pangkalan udara Ramon']);
    expect(typed(find('Pasokan dari kilang minyak Cilacap terganggu.'))).toEqual(['place:kilang minyak Cilacap']);
    expect(typed(find('Kapal merapat di pelabuhan peti kemas Belawan.'))).toEqual(['place:pelabuhan peti kemas Belawan']);
    expect(typed(find('Dua pesawat mendarat di pangkalan militer Khmeimim di Suriah.'))).toEqual([
      'place:pangkalan militer Khmeimim',
      'country:Suriah',
    ]);
    // A country after the qualifier is description, not a facility's name.
    expect(typed(find('Serangan menghantam pangkalan militer Rusia.'))).toEqual(['country:Rusia']);
  });

  it('keeps a known brand with a company tail whole and reads companies coordinated after a plural noun', () => {
    expect(typed(find('Samsung Heavy Industries won the tender.', 'en'))).toEqual(['organization:Samsung Heavy Industries']);
    expect(typed(find('Shares of Samsung Semiconductor fell.', 'en'))).toEqual(['organization:Samsung Semiconductor']);
    const ms = find('Regional telecom firms Smartfren and Indosat bid for the spectrum.', 'en');
    expect(typed(ms)).toEqual(expect.arrayContaining(['organization:Smartfren', 'organization:Indosat']));
    const id = find('Sejumlah perusahaan Adaro, Medco dan Baramulti ikut lelang.');
    expect(typed(id)).toEqual(expect.arrayContaining(['organization:Medco', 'organization:Baramulti']));
  });
});

describe('findMentions on encyclopedic Indonesian', () => {
  it('reads a school named by its level as a place, without the generic "Sekolah"', () => {
    const ms = find('Ia menjabat Kepala Sekolah SMP Negeri 3 Tanjung Mekar sejak 2010.');
    expect(byText(ms, 'SMP Negeri 3 Tanjung Mekar')?.type).toBe('place');
    expect(ms.some((m) => m.text.startsWith('Sekolah'))).toBe(false);
  });

  it('reads football clubs by their prefixes, tails and Indonesian club words', () => {
    const ms = find('Ia pindah dari AC Sentosa ke Valencia CF, lalu memperkuat Persekabun Medan dan PSKB.');
    expect(typed(ms)).toEqual(['organization:AC Sentosa', 'organization:Valencia CF', 'organization:Persekabun Medan', 'organization:PSKB']);
  });

  it('keeps listed places whole and reads a bracketed town after a place', () => {
    const ms = find('Wilayah itu meliputi Aceh Barat , Lembah Raya , Aceh Jaya , Tarumbu dan Aceh Tengah .');
    expect(typed(ms)).toContain('place:Lembah Raya');
    expect(typed(ms)).toContain('place:Aceh Jaya');
    expect(typed(ms)).toContain('place:Tarumbu');
    const paren = find('Rombongan terbang ke Karangsari ( Purbalingga ) untuk meresmikan lapangan itu .');
    expect(byText(paren, 'Purbalingga')?.type).toBe('place');
  });

  it('names the region, not an organization, in "Pemerintah Kabupaten X" and "Kantor Kecamatan X"', () => {
    const ms = find('Pemerintah Kabupaten Wonoraja bekerja sama dengan warga di depan Kantor Kecamatan Sukamaju .');
    expect(typed(ms)).toEqual(['place:Kabupaten Wonoraja', 'place:Kecamatan Sukamaju']);
  });

  it('reads what "adalah sebuah band" describes as an organization', () => {
    const ms = find('Gemuruh adalah sebuah band rock asal Bandung .');
    expect(byText(ms, 'Gemuruh')?.type).toBe('organization');
  });

  it('joins spaced Korean syllables, spaced initials and generational suffixes into one name', () => {
    expect(typed(find('Kemudian Kim Soo - Ah bersolo karier .'))).toEqual(['person:Kim Soo - Ah']);
    expect(typed(find('Buku itu ditulis oleh Robert T . Wijaya pada 1990 .'))).toEqual(['person:Robert T . Wijaya']);
    expect(typed(find('Samuel Jackson Hartono , Jr . dilahirkan di Surabaya .'))).toEqual(['person:Samuel Jackson Hartono , Jr .', 'place:Surabaya']);
    // A spaced hyphen between longer names joins two people, not one.
    expect(find('Pasangan Anies - Muhaimin mendaftar .').some((m) => m.text === 'Anies - Muhaimin')).toBe(false);
  });

  it('does not read award names or a lone common word after a title as people', () => {
    const ms = find('Ia menerima Citra Emas Award untuk Aktor Terbaik pada 2006 .');
    expect(ms.some((m) => m.type === 'person')).toBe(false);
  });
});

describe('findMentions on held-out failure shapes', () => {
  it('keeps a middle initial, with or without its full stop, inside the name', () => {
    const ms = find('Penyidik memanggil mantan Menteri Pertanian Rudolf K Siregar dalam perkara pupuk.');
    expect(byText(ms, 'Rudolf K Siregar')).toMatchObject({ type: 'person', role: 'Menteri Pertanian' });
    expect(ms.filter((m) => m.type === 'person')).toHaveLength(1);
    const dotted = find('Kemarin Hendra P. Wiratama hadir di sidang.');
    expect(typed(dotted)).toEqual(['person:Hendra P. Wiratama']);
    const en = find('Critics quoted Governor Thomas J Whitfield on the bill.', 'en');
    expect(byText(en, 'Thomas J Whitfield')).toMatchObject({ type: 'person', role: 'Governor' });
    // The full stop of an initial or an abbreviation is part of its token, not a second one.
    expect(typed(find('Laporan disusun oleh Dr. Rina Kusuma bersama timnya.'))).toEqual(['person:Rina Kusuma']);
  });

  it('takes a long ministry portfolio into the title, not the name', () => {
    const ms = find('Hakim memvonis mantan Menteri Komunikasi dan Informatika Bayu T Harsono dengan hukuman penjara.');
    expect(byText(ms, 'Bayu T Harsono')).toMatchObject({ type: 'person', role: 'Menteri Komunikasi dan Informatika' });
    expect(ms.some((m) => m.text === 'Bayu' || m.text === 'Harsono')).toBe(false);
  });

  it('reads English title-case bodies joined by "of", "for" and "and" as one organization', () => {
    const ms = find('A statement from the Joint Chiefs of Staff followed the exercise.', 'en');
    expect(typed(ms)).toEqual(['organization:Joint Chiefs of Staff']);
    expect(typed(find('Investigators at the Department of Agriculture reviewed the claims.', 'en'))).toEqual(['organization:Department of Agriculture']);
    expect(typed(find('The House Armed Services Committee will vote next week.', 'en'))).toEqual(['organization:House Armed Services Committee']);
    // Body words in title case that make no body still name no person.
    expect(find('The Joint Chiefs met at dawn.', 'en').some((m) => m.type === 'person')).toBe(false);
  });

  it('reads a demonym before a lower-case noun as no person', () => {
    const ms = find('The radar tracked three North Korean balloons over the island.', 'en');
    expect(ms.some((m) => m.type === 'person')).toBe(false);
    expect(find('Officials said South Korean vessels stayed in port.', 'en').some((m) => m.type === 'person')).toBe(false);
    expect(find('Local Korean groceries reopened quickly.', 'en').some((m) => m.type === 'person')).toBe(false);
    // A country used the same way is still the country.
    expect(typed(find('US destroyers sailed north.', 'en'))).toEqual(['country:US']);
  });

  it('keeps titled English names with their title and demonym owner', () => {
    const lee = find('Interior Minister Park Sung-ho resigned on Friday.', 'en');
    expect(byText(lee, 'Park Sung-ho')).toMatchObject({ type: 'person', role: 'Interior Minister' });
    const pres = find('South Korean President Lee Jae Myung praised the rescue teams.', 'en');
    expect(byText(pres, 'Lee Jae Myung')).toMatchObject({ type: 'person', role: 'President', roleOf: 'South Korean' });
    const speaker = find('House Speaker Dana Whitlock said the vote would wait.', 'en');
    expect(byText(speaker, 'Dana Whitlock')).toMatchObject({ type: 'person', role: 'House Speaker' });
  });

  it('takes every capitalised word after a hall or building head into the place', () => {
    const ms = find('Delegasi diterima di Aula Besar Rakyat, Hanoi, pada Selasa.');
    expect(byText(ms, 'Aula Besar Rakyat')?.type).toBe('place');
    expect(ms.some((m) => m.text === 'Aula')).toBe(false);
    expect(byText(find('Rapat berlangsung di Balai Kota Medan kemarin.'), 'Balai Kota Medan')?.type).toBe('place');
    expect(byText(find('Tamu negara menginap di Wisma Negara Baru, lalu bertolak.'), 'Wisma Negara Baru')?.type).toBe('place');
    expect(byText(find('Upacara digelar di Istana Presiden dan disiarkan langsung.'), 'Istana Presiden')?.type).toBe('place');
  });

  it('keeps an honoured title inside a hall\'s name and a coordinating minister\'s field inside the title', () => {
    expect(typed(find('Final digelar di Stadion Utama Gelora Bung Tomo malam ini.'))).toEqual(['place:Stadion Utama Gelora Bung Tomo']);
    const ms = find('Menteri Koordinator Bidang Pangan Surya Atmaja meninjau gudang beras.');
    expect(byText(ms, 'Surya Atmaja')).toMatchObject({ type: 'person', role: 'Menteri Koordinator Bidang Pangan' });
    expect(ms.some((m) => m.text === 'Bidang')).toBe(false);
  });

  it('reads an acronym with a technology after a lower-case head as no place', () => {
    expect(find('Anggaran proyek pembangunan menara BTS 5G di pedalaman membengkak.').some((m) => m.text.includes('BTS'))).toBe(false);
    expect(find('Warga menolak menara SUTET di kampung mereka.').some((m) => m.type === 'place')).toBe(false);
    // A code after a transport head still names the place.
    expect(byText(find('Pesawat mendarat di bandara YIA pagi ini.'), 'bandara YIA')?.type).toBe('place');
  });
});

describe('findMentions on business and regulator copy', () => {
  it('reads mixed-case brands as organizations, never inside a person\'s name', () => {
    const ms = find('Presiden Direktur SkyLink Rudi Hartawan mengatakan ekspansi berlanjut.');
    expect(byText(ms, 'SkyLink')?.type).toBe('organization');
    expect(byText(ms, 'Rudi Hartawan')).toMatchObject({ type: 'person', role: 'Presiden Direktur', roleOf: 'SkyLink' });
    const en = find('ShopRite CEO Mara Lindqvist said the chain would expand.', 'en');
    expect(byText(en, 'Mara Lindqvist')).toMatchObject({ type: 'person', role: 'CEO', roleOf: 'ShopRite' });
    expect(typed(find('Dana itu dipinjam dari KrediMax, lalu dialihkan ke FinGrow.'))).toEqual(['organization:KrediMax', 'organization:FinGrow']);
    // Surname prefixes with a capital make people, and a lower-case first letter makes a product.
    const people = find('Senator Paul McAllister met actor Nina DeLuca about the iPad deal.', 'en');
    expect(typed(people)).toEqual(['person:Paul McAllister', 'person:Nina DeLuca']);
  });

  it('reads a company from the words around it: shares, owner and subsidiary', () => {
    const ms = find('Dana itu membeli saham Lautanmas dan anak usaha Pradipta, termasuk aplikasi Kirimin milik CargoNet.');
    expect(ms.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual(['Lautanmas', 'Pradipta', 'Kirimin', 'CargoNet']);
    expect(typed(find('Boleh jadi Velora milik Santara Group kelak dijual.'))).toContain('organization:Santara Group');
    const en = find('Investors sold shares of Halvorsen after Brightwell\'s shares slid; Qumar-owned outlets also fell.', 'en');
    expect(en.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual(['Halvorsen', 'Brightwell', 'Qumar']);
    // A country or demonym before "-owned" describes, and a person after "milik" stays a person.
    expect(find('Chinese-owned mills and state-owned banks hired staff.', 'en').some((m) => m.type === 'organization')).toBe(false);
    expect(byText(find('Rumah milik Sutarjo Wibisono disita penyidik.'), 'Sutarjo Wibisono')?.type).toBe('person');
  });

  it('ends a company at its financial or industry tail and reads the name after it', () => {
    const ms = find('Analis Bintang Harapan Sekuritas Yohana Lestari menilai rupiah masih tertekan.');
    expect(byText(ms, 'Bintang Harapan Sekuritas')?.type).toBe('organization');
    expect(byText(ms, 'Yohana Lestari')).toMatchObject({ type: 'person', role: 'Analis', roleOf: 'Bintang Harapan Sekuritas' });
    const two = find('Ekonom Kresna Capital Research Dimas Aryo Putranto memperkirakan inflasi melandai.');
    expect(byText(two, 'Kresna Capital Research')?.type).toBe('organization');
    expect(byText(two, 'Dimas Aryo Putranto')?.type).toBe('person');
    // Without a title, a speech verb after the run is enough.
    const bare = find('Mandala Insurance Hendra Wijaya mengatakan klaim naik.');
    expect(typed(bare)).toEqual(['organization:Mandala Insurance', 'person:Hendra Wijaya']);
  });

  it('keeps a regulator\'s long title whole, its acronym as the body, and a financial market as no place', () => {
    const ms = find('Deputi Komisioner Pengawas Perbankan OJK Ratna Kusumawati meminta bank menambah modal.');
    expect(byText(ms, 'Ratna Kusumawati')).toMatchObject({ type: 'person', role: 'Deputi Komisioner Pengawas Perbankan', roleOf: 'OJK' });
    expect(typed(ms)).toEqual(['organization:OJK', 'person:Ratna Kusumawati']);
    const long = find('Kepala Departemen Pengawasan Industri Keuangan Non-Bank BPPK Yusuf Hamdani menjelaskan aturan itu.');
    expect(byText(long, 'Yusuf Hamdani')).toMatchObject({ role: 'Kepala Departemen Pengawasan Industri Keuangan Non-Bank', roleOf: 'BPPK' });
    expect(byText(long, 'BPPK')?.type).toBe('organization');
    expect(find('Kinerja Pasar Modal dan Pasar Uang membaik pekan ini.').some((m) => m.type === 'place')).toBe(false);
    // A marketplace with a name is still a place.
    expect(byText(find('Pedagang berjualan di Pasar Kembang sejak pagi.'), 'Pasar Kembang')?.type).toBe('place');
  });

  it('reads a named air base as a place, with the air force inside it as its own body', () => {
    const ms = find('Rombongan mendarat di Pangkalan Udara Abdul Rachman Saleh, Malang, Rabu.');
    expect(byText(ms, 'Pangkalan Udara Abdul Rachman Saleh')?.type).toBe('place');
    const au = find('Jet itu kembali ke Pangkalan Udara TNI AU Sultan Iskandar Muda kemarin.');
    expect(byText(au, 'TNI AU')?.type).toBe('organization');
    expect(byText(au, 'Sultan Iskandar Muda')?.type).toBe('place');
    expect(byText(find('Helikopter diparkir di Lanud Sugiri Sukani sejak Senin.'), 'Lanud Sugiri Sukani')?.type).toBe('place');
  });

  it('reads Red Cross and Red Crescent bodies with their country as one organization', () => {
    expect(typed(find('Relawan Bulan Sabit Merah Yordania dan Palang Merah Filipina membagikan selimut.'))).toEqual([
      'organization:Bulan Sabit Merah Yordania',
      'organization:Palang Merah Filipina',
    ]);
    expect(typed(find('The Syrian Red Crescent and the Norwegian Red Cross sent convoys.', 'en'))).toEqual([
      'organization:Syrian Red Crescent',
      'organization:Norwegian Red Cross',
    ]);
    expect(byText(find('Palang Merah Indonesia membuka posko di Cianjur.'), 'Palang Merah Indonesia')?.type).toBe('organization');
  });

  it('reads an English system name right before a weapon class as a weapon', () => {
    const ms = find('Madrid will send six Leopard tanks and a dozen Caracal helicopters to the front.', 'en');
    expect(byText(ms, 'Leopard')?.type).toBe('weapon');
    expect(byText(ms, 'Caracal')?.type).toBe('weapon');
    // A country, demonym or company before the class describes it.
    const desc = find('Ukrainian drones hit Russian tanks while Airbus helicopters waited.', 'en');
    expect(desc.filter((m) => m.type === 'weapon').map((m) => m.text)).toEqual(['drones', 'tanks']);
  });
});

describe('findMentions on police, military, agency and sports copy', () => {
  it('reads regional police and military commands as organizations', () => {
    expect(typed(find('Perkara itu dilimpahkan dari Polres Kulon Progo ke Polda Jateng, lalu ke Polrestabes Medan.'))).toEqual([
      'organization:Polres Kulon Progo',
      'organization:Polda Jateng',
      'organization:Polrestabes Medan',
    ]);
    expect(typed(find('Prajurit Korem 132/Tadulako dan Lantamal VI bergabung dengan Kodam Mulawarman serta Mabes TNI.'))).toEqual([
      'organization:Korem 132/Tadulako',
      'organization:Lantamal VI',
      'organization:Kodam Mulawarman',
      'organization:Mabes TNI',
    ]);
    // A command's head alone is the command.
    expect(typed(find('Pihak Polsek masih mendalami keterangan saksi.'))).toEqual(['organization:Polsek']);
  });

  it('splits a directorate from the command it belongs to', () => {
    expect(typed(find('Direktorat Reserse Kriminal Umum Polda Kalbar menahan tiga orang.'))).toEqual([
      'organization:Direktorat Reserse Kriminal Umum',
      'organization:Polda Kalbar',
    ]);
    expect(typed(find('Subdit IV Ditresnarkoba Polda Sulsel menyita sabu.'))).toEqual([
      'organization:Subdit IV Ditresnarkoba',
      'organization:Polda Sulsel',
    ]);
  });

  it('reads a command headquarters ("Mapolda", "Mako") with its command as a place', () => {
    expect(typed(find('Kedua tersangka dibawa ke Mapolres Sragen untuk diperiksa.'))).toEqual(['place:Mapolres Sragen']);
    expect(typed(find('Upacara digelar di Makodam Brawijaya pagi itu.'))).toEqual(['place:Makodam Brawijaya']);
  });

  it('reads Indonesian agencies written as common words as organizations', () => {
    expect(typed(find('Kapal itu diperiksa Bea Cukai, lalu Imigrasi mendata awaknya bersama Satpol PP dan Dishub.'))).toEqual([
      'organization:Bea Cukai',
      'organization:Imigrasi',
      'organization:Satpol PP',
      'organization:Dishub',
    ]);
    expect(byText(find('Tiga unit Damkar dikerahkan ke lokasi kebakaran.'), 'Damkar')?.type).toBe('organization');
  });

  it('leaves a lower-case area word outside the place head after it', () => {
    expect(typed(find('Patroli digelar di kawasan Terminal Giwangan hingga malam.'))).toEqual(['place:Terminal Giwangan']);
    expect(typed(find('Truk itu mogok di wilayah Kabupaten Garut.'))).toEqual(['place:Kabupaten Garut']);
  });

  it('reads "<Name>, <Country>" after a preposition of place as a place in that country', () => {
    const ms = find('Barang itu diselundupkan dari Tawau, Malaysia menuju Sebatik.');
    expect(byText(ms, 'Tawau')).toMatchObject({ type: 'place', country: 'Malaysia' });
    expect(byText(ms, 'Malaysia')?.type).toBe('country');
    const prov = find('Ia lahir di Sidikalang, Sumatera Utara.');
    expect(byText(prov, 'Sidikalang')).toMatchObject({ type: 'place', country: 'Indonesia' });
    expect(byText(find('The ring was run from Kota Bharu, Malaysia by two brothers.', 'en'), 'Kota Bharu')).toMatchObject({ type: 'place', country: 'Malaysia' });
  });

  it('keeps a unit field and a federation board in the title before the name', () => {
    const ms = find('Kasubbid Penmas PP PBVSI Arif Nugroho menyebut pemusatan latihan dimulai pekan depan.');
    expect(byText(ms, 'PP PBVSI')?.type).toBe('organization');
    expect(byText(ms, 'Arif Nugroho')).toMatchObject({ type: 'person', role: 'Kasubbid Penmas', roleOf: 'PP PBVSI' });
    const police = find('Kasat Lantas Polres Magelang AKP Dimas Pratama mengimbau pengendara berhati-hati.');
    expect(typed(police)).toEqual(['organization:Polres Magelang', 'person:Dimas Pratama']);
    expect(byText(police, 'Dimas Pratama')).toMatchObject({ role: 'Kasat Lantas', roleOf: 'Polres Magelang' });
    const one = find('Kasatreskrim Polresta Bogor Kompol Yusuf Habibi menyampaikan hal itu.');
    expect(byText(one, 'Yusuf Habibi')).toMatchObject({ role: 'Kasatreskrim', roleOf: 'Polresta Bogor' });
    expect(one.some((m) => m.text === 'Kompol')).toBe(false);
  });

  it('splits a slash-joined doubles pair into two people', () => {
    expect(typed(find('Ganda putri Siti Fadia Silva/Apriyani Rahayu melaju, sedangkan pasangan Korea Selatan Kim So-yeong/Kong Hee-yong tersingkir.'))).toEqual([
      'person:Siti Fadia Silva',
      'person:Apriyani Rahayu',
      'country:Korea Selatan',
      'person:Kim So-yeong',
      'person:Kong Hee-yong',
    ]);
    expect(typed(find('Pasangan Malaysia Goh Sze Fei/Nur Izzuddin menang, tetapi duet China He Jiting/Ren Xiangyu kalah.'))).toEqual([
      'country:Malaysia',
      'person:Goh Sze Fei',
      'person:Nur Izzuddin',
      'country:China',
      'person:He Jiting',
      'person:Ren Xiangyu',
    ]);
    expect(typed(find('Ganda campuran Dejan/Gloria tampil apik.'))).toEqual(['person:Dejan', 'person:Gloria']);
  });

  it('reads a name opening on a particle after a title, and a royal given name before one', () => {
    const ms = find('OPEC Secretary General Haitham al-Ghais and Board Chairman Sultan bin Mahfouz met in Vienna.', 'en');
    expect(byText(ms, 'Haitham al-Ghais')?.type).toBe('person');
    expect(byText(ms, 'Sultan bin Mahfouz')).toMatchObject({ type: 'person' });
    const de = find('Later, Foreign Minister de Villepin spoke to reporters.', 'en');
    expect(byText(de, 'de Villepin')).toMatchObject({ type: 'person', role: 'Foreign Minister' });
    // Alone before a particle name, the royal word is the title.
    expect(byText(find('The talks were hosted by Emir al-Sabah on Monday.', 'en'), 'al-Sabah')).toMatchObject({ type: 'person', role: 'Emir' });
  });
});

describe('findMentions on English-named bodies, long fields, facilities and qualified weapon classes', () => {
  it('keeps an English-named institute after a role whole, the role outside', () => {
    const ms = find('Peneliti Institute for Regional Trade and Finance (IRTF) Sari Wulandari menilai tarif itu terlalu tinggi.');
    expect(typed(ms)).toEqual(['organization:Institute for Regional Trade and Finance (IRTF)', 'person:Sari Wulandari']);
    expect(byText(ms, 'Sari Wulandari')).toMatchObject({ role: 'Peneliti', roleOf: 'Institute for Regional Trade and Finance (IRTF)' });
  });

  it('ends an unbracketed institute name before the person after it', () => {
    const ms = find('Ekonom Centre on Strategic Development Studies Rudi Hartanto mengatakan pertumbuhan melambat.');
    expect(byText(ms, 'Centre on Strategic Development Studies')!.type).toBe('organization');
    expect(byText(ms, 'Rudi Hartanto')).toMatchObject({ type: 'person', role: 'Ekonom' });
  });

  it('reads "Deputi Bidang <field> dan <field> <ACRONYM> <name>" as one role', () => {
    const ms = find('Deputi Bidang Neraca Perdagangan dan Jasa BKPM Lina Kusuma mengatakan ekspor turun.');
    expect(typed(ms)).toEqual(['organization:BKPM', 'person:Lina Kusuma']);
    expect(byText(ms, 'Lina Kusuma')).toMatchObject({ role: 'Deputi Bidang Neraca Perdagangan dan Jasa', roleOf: 'BKPM' });
  });

  it('makes a run closed by an English facility tail one place or organization, never a person', () => {
    let ms = find('Pabrik baru dibangun di kawasan Indonesia Halmera Industrial Park (IHIP) di Maluku Utara.');
    expect(byText(ms, 'Indonesia Halmera Industrial Park (IHIP)')!.type).toBe('organization');
    expect(ms.some((m) => m.type === 'person')).toBe(false);
    ms = find('Listrik dari Suralaga Power Plant dialirkan ke Bandung.');
    expect(byText(ms, 'Suralaga Power Plant')!.type).toBe('place');
    ms = find('The Kendari Special Economic Zone will open next year.', 'en');
    expect(byText(ms, 'Kendari Special Economic Zone')!.type).toBe('place');
  });

  it('finds a named system between a number and a qualified weapon class', () => {
    const ms = find('The navy fired 40 Tomahawk cruise missiles and 12 Zephyr long-range drones overnight.', 'en');
    expect(byText(ms, 'Tomahawk')!.type).toBe('weapon');
    expect(byText(ms, 'Zephyr')!.type).toBe('weapon');
  });

  it('keeps the police mark after a rank out of the name', () => {
    const ms = find('Kasus itu ditangani Brigjen Pol Hendra Wijaya bersama timnya.');
    expect(byText(ms, 'Hendra Wijaya')).toMatchObject({ type: 'person' });
    expect(ms.some((m) => m.text.startsWith('Pol'))).toBe(false);
  });
});

describe('findMentions: held-out failure families', () => {
  it('keeps a directorate field without a body inside the title', () => {
    const ms = find('Dinas itu melalui Direktur Pengawasan dan Pengendalian Gizi Masyarakat Rina Sulastri menyatakan stok aman.');
    expect(byText(ms, 'Rina Sulastri')).toMatchObject({ type: 'person', role: 'Direktur Pengawasan dan Pengendalian Gizi Masyarakat' });
    expect(ms.some((m) => m.type === 'person' && m.text.includes('Masyarakat'))).toBe(false);
    const biro = find('Kepala Biro Hukum dan Humas Dedi Kurnia, mengatakan aturan itu berlaku.');
    expect(byText(biro, 'Dedi Kurnia')).toMatchObject({ type: 'person', role: 'Kepala Biro Hukum dan Humas' });
    // A body after the title still owns it.
    const dinas = find('Kepala Dinas Kesehatan Kota Bandung Anhar Hadian mengatakan vaksin tiba.');
    expect(byText(dinas, 'Anhar Hadian')).toMatchObject({ role: 'Kepala', roleOf: 'Dinas Kesehatan Kota Bandung' });
  });

  it('leaves common-noun abbreviations unmentioned', () => {
    const ms = find('Kasus DBD dan ISPA di RT 03 RW 07 naik sejak PPKM dicabut, kata warga pemegang KTP setempat.');
    expect(ms.filter((m) => ['DBD', 'ISPA', 'RT', 'RW', 'PPKM', 'KTP'].includes(m.text))).toEqual([]);
  });

  it('reads a party board with its party and region as one body', () => {
    const ms = find('Ketua DPW Partai Kebangkitan Bangsa Jawa Timur Halim Saputra mengatakan kader siap.');
    expect(typed(ms)).toEqual(['organization:DPW Partai Kebangkitan Bangsa Jawa Timur', 'person:Halim Saputra']);
    expect(byText(ms, 'Halim Saputra')).toMatchObject({ role: 'Ketua', roleOf: 'DPW Partai Kebangkitan Bangsa Jawa Timur' });
    const dpp = find('DPP PDI Perjuangan menggelar rapat, sementara Partai Amanat Nasional (PAN) menolak.');
    expect(byText(dpp, 'DPP PDI Perjuangan')?.type).toBe('organization');
    expect(byText(dpp, 'Partai Amanat Nasional (PAN)')?.type).toBe('organization');
    // The senate alone stays the senate.
    expect(byText(find('Ketua DPD Laode Ida mengatakan hal itu.'), 'DPD')?.type).toBe('organization');
  });

  it('reads a one-word partner and the region of a former regional title', () => {
    const ms = find('Rahmat berpasangan dengan Yusuf, mantan Wali Kota Tebing Tinggi.');
    expect(byText(ms, 'Yusuf')?.type).toBe('person');
    const ms2 = find('Dalam kampanye itu ia didampingi Hendra, eks Bupati Langkat.');
    expect(byText(ms2, 'Hendra')?.type).toBe('person');
    expect(byText(ms2, 'Langkat')?.type).toBe('place');
    // Without an apposition, a one-word name after a former title is still a person.
    expect(byText(find('Menurut mantan Gubernur Syamsul, program itu gagal.'), 'Syamsul')?.type).toBe('person');
  });

  it('keeps a relation noun opening a sentence out of the name', () => {
    const ms = find('Andi Wijaya kembali maju. Rival Andi, Samsul Bahri, menyebut hal itu.');
    expect(ms.some((m) => m.text.startsWith('Rival'))).toBe(false);
    expect(byText(ms, 'Samsul Bahri')?.type).toBe('person');
    expect(byText(find('Rekan Lukman menolak tawaran itu.'), 'Lukman')?.type).toBe('person');
    // A given name that is also a relation noun stays a name.
    expect(byText(find('Putri Larasati menyanyi di Bandung.'), 'Putri Larasati')?.type).toBe('person');
  });

  it('reads an English ministry with a compound portfolio as one body', () => {
    const ms = find('Officials at the Ministry of Marine Affairs and Fisheries said the quota was cut.', 'en');
    expect(typed(ms)).toEqual(['organization:Ministry of Marine Affairs and Fisheries']);
    const ms2 = find('A spokesman for the Coordinating Ministry of Maritime Affairs and Investment declined to comment.', 'en');
    expect(typed(ms2)).toEqual(['organization:Coordinating Ministry of Maritime Affairs and Investment']);
  });

  it('makes a name with a legal suffix a company, and its bare name later the same company', () => {
    const ms = find('Rivian Corp is in talks with suppliers. Negotiations with Rivian were continuing, Rivian said.', 'en');
    expect(typed(ms)).toEqual(['organization:Rivian Corp', 'organization:Rivian', 'organization:Rivian']);
    const id = find('PT Sinar Terang Tbk menaikkan produksi. Sinar Terang menyebut harga naik.');
    expect(byText(id, 'Sinar Terang')?.type).toBe('organization');
  });

  it('leaves the word for siblings out of a family name', () => {
    expect(typed(find('Foto karya Wenas Bersaudara dipamerkan.'))).toEqual(['person:Wenas']);
  });
});

describe('findMentions: vehicles, commands, hyphenated titles, craft, nicknames and bodies (made-up sentences)', () => {
  const person = (ms: Mention[], text: string) => ms.find((m) => m.type === 'person' && m.text === text);

  it('never reads a train, ship or service name as a person', () => {
    const ms = find('Kereta Api Lodaya menabrak Commuter Line Garut Raya di dekat Stasiun Leles.');
    expect(ms.filter((m) => m.type === 'person')).toEqual([]);
    expect(typed(find('Penumpang KA Mutiara Selatan pindah ke KRL Commuter Line pagi itu.')).filter((t) => t.startsWith('person'))).toEqual([]);
    // A navy's prefix names a warship; a ferry's prefix names no entity at all.
    const sea = find('KM Bahari Jaya karam, lalu KRI Sultan Iskandar Muda datang membantu.');
    expect(typed(sea)).toContain('weapon:KRI Sultan Iskandar Muda');
    expect(typed(sea).filter((t) => t.startsWith('person'))).toEqual([]);
    // A known airline after "pesawat" stays the airline.
    expect(typed(find('Pesawat Garuda Indonesia tertunda dua jam.'))).toContain('organization:Garuda Indonesia');
  });

  it('gives a regional commander the command of the region as owner', () => {
    const ms = find('Kapolda Jawa Timur Irjen Teguh Santosa meninjau lokasi banjir.');
    expect(person(ms, 'Teguh Santosa')).toMatchObject({ role: 'Kapolda', roleOf: 'Polda Jawa Timur' });
    expect(typed(ms)).toContain('place:Jawa Timur');
    expect(person(find('Kapolres Garut AKBP Dedi Kurniawan menjelaskan kronologi.'), 'Dedi Kurniawan')!.roleOf).toBe('Polres Garut');
  });

  it('reads hyphenated English titles as titles, not name words', () => {
    const ms = find("Norway's Chief-of-Staff Lars Henriksen said the drill ended.", 'en');
    expect(person(ms, 'Lars Henriksen')).toMatchObject({ role: 'Chief-of-Staff', roleOf: 'Norway' });
    expect(typed(find('Editor-in-Chief Paula Grant said the story stands.', 'en'))).toEqual(['person:Paula Grant']);
  });

  it('reads helicopters as weapons only where the sentence speaks of war', () => {
    const war = find('The army said its drones struck a base, destroying four helicopters.', 'en');
    expect(war.filter((m) => m.type === 'weapon').map((m) => m.canonical)).toContain('helicopter');
    expect(find('A rescue helicopter lifted the hikers off the ridge.', 'en').filter((m) => m.type === 'weapon')).toEqual([]);
    expect(find('Pasukan itu menembak jatuh dua helikopter musuh.').filter((m) => m.type === 'weapon').map((m) => m.text)).toEqual(['helikopter']);
    expect(find('Helikopter Basarnas mengevakuasi pendaki.').filter((m) => m.type === 'weapon')).toEqual([]);
  });

  it('reads nicknames after full names, nickname tickets and initials as people', () => {
    const ms = find('Gubernur Ridwan Kamil (Emil) meresmikan taman itu.');
    expect(typed(ms)).toContain('person:Emil');
    expect(typed(find('Susanto Budi Yudhana (SBY) tiba. Lalu SBY pulang.')).filter((t) => t === 'person:SBY')).toHaveLength(2);
    expect(typed(find('Warga memilih pasangan Rudi-Heru dalam pilkada itu.'))).toEqual(['person:Rudi', 'person:Heru']);
    // Without a ticket word or names met before, a hyphenated word is left alone.
    expect(typed(find('Mereka menonton laga Persib-Persija kemarin.'))).not.toContain('person:Persib');
    // A bracketed place after a person is no nickname.
    expect(typed(find('Andi Saputra (Makassar) menang.'))).not.toContain('person:Makassar');
  });

  it('reads long ministries and exchanges as one organization', () => {
    expect(typed(find('Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi mengumumkan hasil seleksi.'))).toEqual([
      'organization:Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi',
    ]);
    expect(typed(find('Indeks di Bursa Efek Tokyo melemah pagi ini.'))).toEqual(['organization:Bursa Efek Tokyo']);
    expect(typed(find('Kejaksaan Tinggi Jawa Tengah menahan dua pejabat.'))).toEqual(['organization:Kejaksaan Tinggi Jawa Tengah']);
    expect(typed(find('Dinas Kesehatan Kota Semarang membuka posko.'))).toEqual(['organization:Dinas Kesehatan Kota Semarang']);
  });
});

describe('findMentions on long titles, place runs, geographic tails, documents and ships', () => {
  it('leaves only the name after a long unit title joined by "pada", "Bidang" or "dan"', () => {
    const a = find('Direktur Penuntutan pada Jaksa Agung Muda Bidang Tindak Pidana Umum Sartono menjelaskan berkas perkara.');
    expect(typed(a)).toEqual(['person:Sartono']);
    expect(byText(a, 'Sartono')!.role).toBe('Direktur Penuntutan pada Jaksa Agung Muda Bidang Tindak Pidana Umum');
    const b = find('Direktur Jenderal Penyelenggaraan Haji dan Umrah Rudi Kurniawan meminta jemaah tertib.');
    expect(typed(b)).toEqual(['person:Rudi Kurniawan']);
    // After a long field, a single capitalised word before a comma or a verb is the person.
    expect(typed(find('Direktur Jenderal Pendidikan Islam Marzuki, mengatakan beasiswa ditambah.'))).toEqual(['person:Marzuki']);
    expect(typed(find('Direktur Jenderal Bimbingan Masyarakat Islam Ahmad Fauzi menyampaikan imbauan.'))).toEqual(['person:Ahmad Fauzi']);
  });

  it('splits a place run from the two-word name after it', () => {
    const ms = find('Jaksa menghadirkan pengusaha Pantai Indah Kemuning Sinta Wulandari sebagai saksi.');
    expect(typed(ms)).toEqual(expect.arrayContaining(['place:Pantai Indah Kemuning', 'person:Sinta Wulandari']));
    // Streets and hospitals are named after people: no split.
    expect(typed(find('Kendaraan tertahan di Jalan Mohammad Husni Thamrin yang padat.')).some((x) => x.startsWith('person:'))).toBe(false);
    expect(typed(find('Ketegangan di kawasan Asia Timur-Asia Tenggara meningkat.')).some((x) => x.startsWith('person:'))).toBe(false);
  });

  it('reads dormitories, hospitals, housing and boarding schools as places, and a list before a province', () => {
    const a = find('Calon jemaah berangkat dari Asrama Haji Sukolilo, Kartasura, Jawa Tengah, pada Selasa.');
    expect(typed(a)).toEqual(['place:Asrama Haji Sukolilo', 'place:Kartasura', 'place:Jawa Tengah']);
    expect(typed(find('Korban dibawa ke Rumah Sakit Bhakti Husada, Wonogiri, Jawa Tengah.'))).toEqual(
      expect.arrayContaining(['place:Rumah Sakit Bhakti Husada', 'place:Wonogiri']),
    );
    expect(typed(find('Para santri Pondok Pesantren Nurul Falah ikut lomba.'))).toContain('place:Pondok Pesantren Nurul Falah');
    expect(typed(find('Banjir merendam Perumahan Bumi Asri Indah di Bekasi.'))).toContain('place:Perumahan Bumi Asri Indah');
    // A one-word run between commas before a province is a place, whatever stands before it.
    expect(typed(find('Rombongan singgah di rumah makan, Tawangsari, Jawa Tengah, sebelum lanjut.'))).toContain('place:Tawangsari');
  });

  it('reads an English title-case role before a name as the role', () => {
    const a = find('National Security Adviser Marco Dizon said the talks went well.', 'en');
    expect(typed(a)).toEqual(['person:Marco Dizon']);
    expect(byText(a, 'Marco Dizon')!.role).toBe('National Security Adviser');
    const b = find('Acting Defense Chief Lorna Castillo said the patrols would continue.', 'en');
    expect(typed(b)).toEqual(['person:Lorna Castillo']);
    expect(byText(b, 'Lorna Castillo')!.role).toBe('Acting Defense Chief');
  });

  it('reads a run closed by a geographic tail as a place', () => {
    expect(typed(find('Boats collided near the contested Third Bishop Shoal on Friday.', 'en'))).toEqual(['place:Third Bishop Shoal']);
    expect(typed(find('Patrols sailed past Marigold Reef and Kestrel Shoal.', 'en'))).toEqual(['place:Marigold Reef', 'place:Kestrel Shoal']);
    expect(typed(find('The caravan crossed the Ordos Desert toward the Paracel Archipelago.', 'en'))).toEqual([
      'place:Ordos Desert',
      'place:Paracel Archipelago',
    ]);
  });

  it('gives no mention to a treaty, and reads a navy prefix as a warship', () => {
    expect(typed(find('Officials cited the 1960 Mutual Security Treaty in talks.', 'en'))).toEqual([]);
    expect(typed(find('The Reciprocal Access Agreement allows joint drills.', 'en'))).toEqual([]);
    expect(typed(find('Both sides recalled the Paris Agreement on Monday.', 'en'))).toEqual([]);
    const ship = find('The BRP Santa Lucia, an old transport ship, ran aground.', 'en');
    expect(typed(ship)).toEqual(['weapon:BRP Santa Lucia']);
    expect(typed(find('Kapal KRI Teluk Bone berlabuh di Surabaya.'))).toEqual(expect.arrayContaining(['weapon:KRI Teluk Bone']));
  });
});

describe('findMentions on held-out shapes (qualified titles, acronym bodies, capitals, appositions)', () => {
  it('splits a body from the name after a role noun with lower-case qualifiers', () => {
    const ms = find('Peneliti ekonomi politik Universitas Padjadjaran Sinta Maharani menilai kebijakan itu terburu-buru.');
    expect(typed(ms)).toEqual(['organization:Universitas Padjadjaran', 'person:Sinta Maharani']);
    expect(byText(ms, 'Sinta Maharani')).toMatchObject({ role: 'Peneliti ekonomi politik', roleOf: 'Universitas Padjadjaran' });
    const ms2 = find('Dosen hukum tata negara Universitas Airlangga Rudi Hartono berpendapat lain.');
    expect(typed(ms2)).toEqual(['organization:Universitas Airlangga', 'person:Rudi Hartono']);
  });

  it('reads a run spelt by its bracketed acronym as an organization, never a person', () => {
    expect(typed(find('Sementara itu, Jaringan Advokasi Tambang Nasional (Jatamnas) menolak rencana tersebut.'))).toEqual([
      'organization:Jaringan Advokasi Tambang Nasional (Jatamnas)',
    ]);
    expect(typed(find('Lembaga Studi Hukum Rakyat (LSHR) mengecam putusan itu.'))).toEqual(['organization:Lembaga Studi Hukum Rakyat (LSHR)']);
    // A person's initials or nickname in brackets stays the person's.
    expect(typed(find('Mantan presiden Bambang Sri Yuwono (BSY) hadir.'))).toEqual(['person:Bambang Sri Yuwono', 'person:BSY']);
  });

  it('keeps "Ibu Kota" as one head and a closing direction in the place', () => {
    expect(typed(find('Ibu Kota Jakarta kembali macet.'))).toEqual(['place:Ibu Kota Jakarta']);
    expect(typed(find('Proyek itu dibangun di Kutai Lestari Utara, Kalimantan Timur.'))).toEqual([
      'place:Kutai Lestari Utara',
      'place:Kalimantan Timur',
    ]);
  });

  it('reads a name in commas after a title and its place as a person', () => {
    const ms = find('Syahbandar Pelabuhan Sanana, Dedi Kurniawan, menyebut kapal itu tiba pagi.');
    expect(typed(ms)).toEqual(['place:Pelabuhan Sanana', 'person:Dedi Kurniawan']);
  });

  it('keeps a navy mark after a rank out of the name', () => {
    const ms = find('Komandan Lanal Tidore Letkol Laut (P) Andi Saputra menyebut patroli ditambah.');
    expect(byText(ms, 'Andi Saputra')?.type).toBe('person');
    expect(ms.some((m) => m.text.startsWith('Laut'))).toBe(false);
  });

  it('gives the person after a demonym and lower-case title words', () => {
    const ms = find('Malaysian top diplomat Rahman Aziz called for calm.', 'en');
    expect(byText(ms, 'Rahman Aziz')).toMatchObject({ type: 'person', role: 'top diplomat', roleOf: 'Malaysian' });
  });

  it('never picks a lexicon body that another country owns in the text', () => {
    const ms = find("Tehran's Supreme National Security Council met on Sunday; Iran's National Security Council agreed.", 'en');
    expect(ms.filter((m) => m.canonical === 'US National Security Council')).toEqual([]);
    expect(typed(find("Iran's Supreme National Security Council met.", 'en'))).toEqual([
      'country:Iran',
      'organization:Supreme National Security Council',
    ]);
  });

  it('reads an English service name in Indonesian copy as no person', () => {
    expect(find('Tiga korban adalah masinis Commuter Line.').filter((m) => m.type === 'person')).toEqual([]);
  });

  it('reads merged company names and initials', () => {
    const ms = find('PT Sinar Bumi Tirta Tbk lahir dari penggabungan Bumi dan Tirta tahun lalu.');
    expect(typed(ms)).toContain('organization:Bumi');
    expect(typed(ms)).toContain('organization:Tirta');
    expect(typed(find('Polisi menahan tersangka berinisial DK di Medan.'))).toEqual(['place:Medan']);
  });
});

describe('a common noun opening an Indonesian sentence', () => {
  const people = (text: string): string[] => typed(find(text)).filter((m) => m.startsWith('person:'));

  it('is no person before a verb', () => {
    for (const s of [
      'Vaksin dibagikan kepada warga di balai desa.',
      'Macet terjadi di ruas tol sejak pagi.',
      'Asap terlihat dari kejauhan.',
      'Debat diikuti tiga pasangan calon.',
      'Longsor menimbun dua rumah.',
      'Petugas menangkap pelaku di lokasi.',
    ]) {
      expect(people(s), s).toEqual([]);
    }
  });

  it('is no person before a verb whose subject is an event, even when the word is unlisted', () => {
    expect(people('Kerusuhan kecil terjadi di alun-alun.')).toEqual([]);
    expect(people('Galodo melanda dua nagari.')).toEqual([]);
  });

  it('keeps a lone name with person evidence', () => {
    expect(people('Harjono mengatakan jalan itu rusak.')).toEqual(['person:Harjono']);
    expect(people('Harjono Wiryo datang pagi. Harjono terjadi salah paham dengan tetangga.')).toEqual(['person:Harjono Wiryo', 'person:Harjono']);
    expect(people('Harjono, 45, warga Sleman, terluka.')).toEqual(['person:Harjono']);
    expect(people('Harjono, warga Sleman, terluka.')).toEqual(['person:Harjono']);
  });

  it('reads the run after a common-noun subject and verb as a place when it ends on a direction', () => {
    expect(typed(find('Banjir melanda Penajam Paser Utara sejak Senin.'))).toEqual(['place:Penajam Paser Utara']);
    expect(typed(find('Kabut menyelimuti Tanah Merah Selatan.'))).toEqual(['place:Tanah Merah Selatan']);
  });

  it('splits a place head run from the two name words that end the sentence', () => {
    expect(typed(find('Kejagung menahan crazy rich Pantai Indah Kapuk Helena Lim.'))).toEqual([
      'organization:Kejagung',
      'place:Pantai Indah Kapuk',
      'person:Helena Lim',
    ]);
    expect(typed(find('Polisi memeriksa pengusaha Pantai Mutiara Indah Rudi Hartanto.'))).toEqual([
      'place:Pantai Mutiara Indah',
      'person:Rudi Hartanto',
    ]);
    // A village's long name after an administrative head stays whole.
    expect(typed(find('Ia tinggal di Desa Karang Anyar Sari.'))).toEqual(['place:Desa Karang Anyar Sari']);
  });
});

describe('EU institutions and central banks', () => {
  it('are organizations in both languages', () => {
    const en = findMentions('The European Parliament and the European Central Bank disagreed with the Federal Reserve.', 'en');
    expect(en.map((m) => `${m.type}:${m.canonical ?? m.text}`)).toEqual([
      'organization:European Parliament',
      'organization:European Central Bank',
      'organization:Federal Reserve',
    ]);
    const id = findMentions('Parlemen Eropa mengkritik kebijakan The Federal Reserve pekan lalu.', 'id');
    expect(id.map((m) => `${m.type}:${m.canonical ?? m.text}`)).toEqual([
      'organization:European Parliament',
      'organization:Federal Reserve',
    ]);
  });
});

describe('academic degrees after a name', () => {
  it('stay out of the name and are no body of their own', () => {
    expect(typed(find('Sidang dipimpin hakim Rahmat Subagyo , SH , MH di Bandung .'))).toEqual(['person:Rahmat Subagyo', 'place:Bandung']);
    expect(typed(find('Sekolah itu dipimpin Bapak Sutrisno Wibowo BA sejak 1990 .'))).toEqual(['person:Sutrisno Wibowo']);
  });

  it('make a lone word before them a person', () => {
    expect(typed(find('Warsito , SH ( alm ) , ikut mendirikan yayasan itu .'))).toEqual(['person:Warsito']);
    expect(typed(find('Program itu digagas Suyatmi , S . Pd , guru setempat .'))).toEqual(['person:Suyatmi']);
  });

  it('leave the Supreme Court\'s acronym alone', () => {
    expect(typed(find('Putusan MA itu dibacakan Selasa .'))).toEqual(['organization:MA']);
  });
});

describe('people by the list they stand in and by the other names they go by', () => {
  it('reads a lone name listed right after a person as a person', () => {
    expect(typed(find('Rapat dihadiri Suharso Manoarfa , Bintoro , dan Wulan Sari .'))).toEqual([
      'person:Suharso Manoarfa',
      'person:Bintoro',
      'person:Wulan Sari',
    ]);
    // Nothing is listed after a place.
    expect(typed(find('Ia pernah tinggal di Bandung , Kedungsari .')).some((m) => m === 'person:Kedungsari')).toBe(false);
  });

  it('reads a stage name, a pen name or an alias as a person', () => {
    expect(typed(find('Penyanyi itu lebih dikenal dengan nama panggungnya Lady Rara , bukan nama aslinya .'))).toContain('person:Lady Rara');
    expect(typed(find('Ia dikenal dengan mononim Sandhya di kalangan penggemar .'))).toEqual(['person:Sandhya']);
    expect(typed(find('Polisi menangkap Sugeng alias Gondrong di rumahnya .'))).toContain('person:Gondrong');
  });
});

describe('a run opening on "The" in Indonesian copy', () => {
  it('is a body when it acts and never a person', () => {
    expect(typed(find('Tahun lalu The Gembels merilis album kedua mereka .'))).toEqual(['organization:The Gembels']);
    expect(typed(find('Sementara itu , The Gembels bersama dua band lain tampil di Bandung .'))).toEqual([
      'organization:The Gembels',
      'place:Bandung',
    ]);
    expect(find('Ia menyukai lagu dari album The Morning Ridley pada masa itu .').some((m) => m.type === 'person')).toBe(false);
  });
});

describe('a body met earlier in the text', () => {
  it('is the same body again, even where the words around it speak of a person', () => {
    const club = find('Ia memperkuat Barito Indonesia musim ini . Kontraknya diperpanjang oleh Barito Indonesia .');
    expect(typed(club)).toEqual(['organization:Barito Indonesia', 'organization:Barito Indonesia']);
  });
});

describe('countries in their standard Indonesian spelling', () => {
  it('are the countries', () => {
    expect(canonicalCountry('Luksemburg')).toBe('Luxembourg');
    expect(canonicalCountry('Aljazair')).toBe('Algeria');
    expect(typed(find('Ia pernah menjabat Duta Besar Indonesia untuk Swedia dan Libanon .'))).toEqual([
      'country:Indonesia',
      'country:Swedia',
      'country:Libanon',
    ]);
  });
});

describe('what a sentence says a name is', () => {
  it('makes it a place when it is a kind of place', () => {
    expect(typed(find('Karangwuni adalah desa di kecamatan Gabus .'))).toEqual(['place:Karangwuni', 'place:kecamatan Gabus']);
    expect(typed(find('Pulau Nusa Dua atau Tanjungbiru adalah salah satu pulau di Bali .'))).toContain('place:Tanjungbiru');
    expect(typed(find('Lompobatang adalah nama gunung di selatan pulau itu .'))).toEqual(['place:Lompobatang']);
  });
});

describe('a quoted character name', () => {
  it('is a person after a verb of playing, "karakter", or "sebagai" before the work', () => {
    expect(typed(find('Ia berperan sebagai " Ratih " dalam sinetron itu .'))).toEqual(['person:Ratih']);
    expect(typed(find('Perannya sebagai karakter " Gendis Ayu " membuatnya terkenal .'))).toEqual(['person:Gendis Ayu']);
    expect(typed(find('Ia tampil singkat sebagai " Wulan " dalam " Hujan Bulan Juni " .'))).toEqual(['person:Wulan']);
  });

  it('is no one when it is a nickname made of other words, or a title', () => {
    expect(find('Kota itu dikenal sebagai " Kota Pahlawan " sejak lama .').some((m) => m.type === 'person')).toBe(false);
    expect(find('Lagu " Ratih " dirilis tahun lalu .').some((m) => m.type === 'person')).toBe(false);
  });
});

describe('legal forms and common acronyms alone', () => {
  it('are no bodies of their own', () => {
    expect(typed(find('Pengelolaan bandara diserahkan kepada PT Angkasa Pura II ( Persero ) .'))).toEqual(['organization:PT Angkasa Pura II']);
    expect(typed(find('Rute itu pada 2007 dilayani oleh PT .'))).toEqual([]);
    expect(typed(find('Acara itu disiarkan jaringan TV kabel dan diputar di TK setempat .'))).toEqual([]);
  });
});

describe('a company or party named with a place or country in it', () => {
  it('runs on after a company noun and a place', () => {
    expect(typed(find('Ia dikontrak oleh perusahaan Bandung Kreatif Film untuk dua judul .'))).toEqual(['organization:Bandung Kreatif Film']);
  });

  it('runs on one word after a party\'s country', () => {
    expect(typed(find('Partai Indonesia Bersatu ikut pemilu tahun itu .'))).toEqual(['organization:Partai Indonesia Bersatu']);
    expect(typed(find('Ketua Partai Indonesia Budi Santoso hadir .'))).toContain('person:Budi Santoso');
  });
});

describe('hotels and glaciers', () => {
  it('are places named with their head, in either case', () => {
    expect(typed(find('Pertemuan itu digelar di hotel Savoy Homann , Bandung .'))).toEqual(['place:hotel Savoy Homann', 'place:Bandung']);
    expect(typed(find('Lapisan es di gletser Vatnajokull mencair pekan ini .'))).toEqual(['place:gletser Vatnajokull']);
  });
});

describe('names of the r3- round', () => {
  it('keeps two particles in a row inside a name', () => {
    const ms = find('Presiden Prabowo Subianto bertemu Presiden Komisi Eropa Ursula von der Leyen di Brussel pada 13 Juli 2025.');
    expect(typed(ms)).toContain('person:Ursula von der Leyen');
  });
  it('keeps a royal word between two names inside the name', () => {
    const ms = find('Ethiopian Prime Minister Abiy Ahmed has welcomed Somali President Hassan Sheikh Mohamud in Addis Ababa for talks.', 'en');
    expect(typed(ms)).toContain('person:Hassan Sheikh Mohamud');
    expect(typed(ms)).not.toContain('person:Hassan');
  });
  it('leaves a royal title after an office and its country out of the name', () => {
    const ms = find('Sjafrie melakukan kunjungan kehormatan kepada Menteri Pertahanan Arab Saudi Pangeran Khalid bin Salman di Riyadh, Rabu (5/11/2025).');
    expect(typed(ms)).toContain('person:Khalid bin Salman');
    // A noble title alone before the name is part of it.
    expect(typed(find('Perang Jawa dipimpin Pangeran Diponegoro pada 1825.'))).toContain('person:Pangeran Diponegoro');
  });
  it('reads "Menteri Negara Urusan Pertahanan" as one title', () => {
    const ms = find('Sjafrie bertemu Menteri Negara Urusan Pertahanan UEA Mohammed bin Mubarak Al Mazrouei pada Senin (3/11).');
    expect(typed(ms)).toContain('person:Mohammed bin Mubarak Al Mazrouei');
    expect(ms.some((m) => m.type === 'place')).toBe(false);
  });
  it('a sentence opening on a ter-…-an noun is no person', () => {
    const ms = find('Terobosan dicapai ketika Presiden Prabowo Subianto bertemu Ursula von der Leyen di Brussel.');
    expect(typed(ms)).not.toContain('person:Terobosan');
  });
  it('an English portfolio before "Minister" belongs to the title', () => {
    const ms = find('Israeli Strategic Affairs Minister Ron Dermer is also due to travel to the region.', 'en');
    expect(typed(ms).filter((m) => m.startsWith('person:'))).toEqual(['person:Ron Dermer']);
  });
  it('knows the General Assembly and CELAC by their full names', () => {
    expect(typed(find('Abdelatty met Witkoff in New York on the sidelines of the United Nations General Assembly last month.', 'en'))).toContain(
      'organization:United Nations General Assembly',
    );
    expect(typed(find('They last met in Tegucigalpa at a summit of the Community of Latin American and Caribbean States, known as CELAC.', 'en'))).toContain(
      'organization:Community of Latin American and Caribbean States',
    );
  });
});

describe('findMentions: military and treasury titles', () => {
  it.each([
    ['Kepala Staf Angkatan Udara Marsekal Udara Tanvir Ahmed tiba di Jakarta.', 'id', 'Tanvir Ahmed', 'Marsekal Udara'],
    ['Panglima Marsekal Lapangan Ayub Khan menerima tamu.', 'id', 'Ayub Khan', 'Marsekal Lapangan'],
    ['Chancellor of the Exchequer Jeremy Hunt flew to Tokyo.', 'en', 'Jeremy Hunt', 'Chancellor of the Exchequer'],
    ['Air Chief Marshal Sujit Pushpakar Dharkar inspected the base.', 'en', 'Sujit Pushpakar Dharkar', 'Air Chief Marshal'],
  ])('%s', (text, lang, name, role) => {
    expect(findMentions(text, lang as 'id' | 'en')).toContainEqual(expect.objectContaining({ type: 'person', text: name, role }));
  });
});
