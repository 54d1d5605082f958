// A seeded, reproducible corpus of made-up news articles for benchmarks.
//
//   npx tsx bench/generate.ts --n 1000 --out /tmp/corpus-1k [--seed 1] [--start 0]
//
// Article i depends only on (seed, i), so `--start 10000 --n 10` writes the ten articles a
// 10,010-article corpus has beyond a 10,000-article one (the incremental benchmark). About 70%
// Indonesian and 30% English, ~3 KB each: a headline, a byline and date line, a dateline, story
// paragraphs built from sentence patterns (titles and names, meetings, visits, weapons deals,
// places, organizations introduced with their acronyms, stated dates), and the boilerplate pages
// carry (`Baca juga:`/`Read more:` links, photo captions, share and subscribe prompts,
// related-headline lists). People, places, organizations and weapons are made up from syllable
// pools and picked with a Zipf-like skew, so a few recur everywhere and new ones keep appearing
// as the corpus grows. Most articles are .txt, about one in ten .html, and one in twenty go
// into a .jsonl batch file.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../src/learn/random.js';

// ------------------------------------------------------------------ randomness

const mix = (a: number, b: number) => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, items: readonly T[]): T => items[int(r, items.length)]!;
/** Zipf-like index in [0, n): small indices far more often, but the tail keeps being reached. */
const zipf = (r: Rand, n: number) => Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1)) - 1));

// ------------------------------------------------------------------ made-up names

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titled = (s: string) => s.split(' ').map(cap).join(' ');

const ONSETS = ['b', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'y', 'br', 'pr', 'tr', 'kr', 'sr', 'ng', 'ny', 'v', 'z', 'ch'];
const VOWELS = ['a', 'a', 'i', 'u', 'e', 'o', 'ia', 'au', 'ai'];
const CODAS = ['', '', '', 'n', 'r', 's', 'k', 'm', 'ng', 'l', 't'];

function word(r: Rand, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + (i === syllables - 1 ? pick(r, CODAS) : '');
  return cap(w);
}

/** Entity number k of a kind: the same name for the same (seed, kind, k) everywhere. */
function named<T>(seed: number, kind: number, make: (r: Rand) => T): (k: number) => T {
  const cache = new Map<number, T>();
  return (k) => {
    let value = cache.get(k);
    if (value === undefined) {
      value = make(seededRandom(mix(mix(seed, kind), k)));
      cache.set(k, value);
    }
    return value;
  };
}

interface Person {
  full: string;
  short: string;
  country: Country;
  title: [string, string]; // Indonesian, English
}
interface Country {
  id: string;
  en: string;
  capital: string;
}
interface Org {
  id: string;
  en: string;
  acronym: string;
}

const COUNTRIES: Country[] = [
  { id: 'Rusia', en: 'Russia', capital: 'Moskow' },
  { id: 'Korea Utara', en: 'North Korea', capital: 'Pyongyang' },
  { id: 'Korea Selatan', en: 'South Korea', capital: 'Seoul' },
  { id: 'Jepang', en: 'Japan', capital: 'Tokyo' },
  { id: 'China', en: 'China', capital: 'Beijing' },
  { id: 'Amerika Serikat', en: 'the United States', capital: 'Washington' },
  { id: 'Indonesia', en: 'Indonesia', capital: 'Jakarta' },
  { id: 'Malaysia', en: 'Malaysia', capital: 'Kuala Lumpur' },
  { id: 'Singapura', en: 'Singapore', capital: 'Singapura' },
  { id: 'Filipina', en: 'the Philippines', capital: 'Manila' },
  { id: 'Vietnam', en: 'Vietnam', capital: 'Hanoi' },
  { id: 'Thailand', en: 'Thailand', capital: 'Bangkok' },
  { id: 'India', en: 'India', capital: 'New Delhi' },
  { id: 'Iran', en: 'Iran', capital: 'Teheran' },
  { id: 'Turki', en: 'Turkey', capital: 'Ankara' },
  { id: 'Prancis', en: 'France', capital: 'Paris' },
  { id: 'Jerman', en: 'Germany', capital: 'Berlin' },
  { id: 'Inggris', en: 'Britain', capital: 'London' },
  { id: 'Australia', en: 'Australia', capital: 'Canberra' },
  { id: 'Ukraina', en: 'Ukraine', capital: 'Kyiv' },
  { id: 'Mesir', en: 'Egypt', capital: 'Kairo' },
  { id: 'Arab Saudi', en: 'Saudi Arabia', capital: 'Riyadh' },
  { id: 'Brasil', en: 'Brazil', capital: 'Brasilia' },
  { id: 'Afrika Selatan', en: 'South Africa', capital: 'Pretoria' },
];

const TITLES: [string, string][] = [
  ['Presiden', 'President'],
  ['Menteri Luar Negeri', 'Foreign Minister'],
  ['Menteri Pertahanan', 'Defence Minister'],
  ['Perdana Menteri', 'Prime Minister'],
  ['Menteri Perdagangan', 'Trade Minister'],
  ['Duta Besar', 'Ambassador'],
  ['Kepala Staf Angkatan Darat', 'Army Chief of Staff'],
  ['Gubernur', 'Governor'],
  ['Wakil Presiden', 'Vice President'],
  ['Menteri Energi', 'Energy Minister'],
];

const ORG_HEADS: [string, string][] = [
  ['Badan', 'Agency'],
  ['Lembaga', 'Institute'],
  ['Komisi', 'Commission'],
  ['Dewan', 'Council'],
  ['Institut', 'Institute'],
  ['Yayasan', 'Foundation'],
  ['Asosiasi', 'Association'],
];
const ORG_TOPICS: [string, string][] = [
  ['Riset Pertahanan', 'Defence Research'],
  ['Keamanan Maritim', 'Maritime Security'],
  ['Energi Terbarukan', 'Renewable Energy'],
  ['Kajian Strategis', 'Strategic Studies'],
  ['Industri Dirgantara', 'Aerospace Industry'],
  ['Perdagangan Bebas', 'Free Trade'],
  ['Pengawasan Nuklir', 'Nuclear Oversight'],
  ['Pangan Nasional', 'National Food'],
  ['Kesehatan Publik', 'Public Health'],
  ['Teknologi Siber', 'Cyber Technology'],
];

const WEAPON_KINDS: [string, string][] = [
  ['rudal balistik', 'ballistic missile'],
  ['rudal jelajah', 'cruise missile'],
  ['drone serang', 'attack drone'],
  ['tank tempur', 'battle tank'],
  ['kapal selam', 'submarine'],
  ['jet tempur', 'fighter jet'],
  ['peluncur roket', 'rocket launcher'],
  ['sistem pertahanan udara', 'air defence system'],
];

const OUTLETS_ID = ['Kompas.com', 'Detik.com', 'Tempo.co', 'Antaranews.com', 'Medcom.id', 'Liputan6.com', 'CNN Indonesia', 'Tribunnews.com'];
const OUTLETS_EN = ['Reuters', 'AP', 'AFP', 'The Jakarta Post', 'Nikkei Asia', 'South China Morning Post'];

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Pools sized so 10,000 articles keep meeting new names but also revisit the familiar ones. */
const POOL = { people: 40_000, places: 6_000, orgs: 4_000, weapons: 3_000, reporters: 800 };

function world(seed: number) {
  const person = named(seed, 1, (r): Person => {
    const first = word(r, 2 + int(r, 2));
    const last = word(r, 2 + int(r, 2));
    const middle = r() < 0.2 ? ` ${word(r, 2)}` : '';
    return { full: `${first}${middle} ${last}`, short: last, country: pick(r, COUNTRIES), title: pick(r, TITLES) };
  });
  const place = named(seed, 2, (r) => `${word(r, 2 + int(r, 2))}${r() < 0.2 ? ` ${pick(r, ['Barat', 'Timur', 'Utara', 'Selatan'])}` : ''}`);
  const org = named(seed, 3, (r): Org => {
    const [headId, headEn] = pick(r, ORG_HEADS);
    const [topicId, topicEn] = pick(r, ORG_TOPICS);
    const name = word(r, 2);
    const id = `${headId} ${topicId} ${name}`;
    const acronym = id
      .split(' ')
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    return { id, en: `${name} ${topicEn} ${headEn}`, acronym: `${acronym}${int(r, 9) + 1}` };
  });
  const weapon = named(seed, 4, (r) => {
    const [kindId, kindEn] = pick(r, WEAPON_KINDS);
    const model = `${word(r, 2)}-${int(r, 90) + 10}`;
    return { id: `${kindId} ${model}`, en: `${model} ${kindEn}`, model };
  });
  const reporter = named(seed, 5, (r) => `${word(r, 2)} ${word(r, 3)}`);
  return {
    person: (r: Rand) => person(zipf(r, POOL.people)),
    place: (r: Rand) => place(zipf(r, POOL.places)),
    org: (r: Rand) => org(zipf(r, POOL.orgs)),
    weapon: (r: Rand) => weapon(zipf(r, POOL.weapons)),
    reporter: (r: Rand) => reporter(int(r, POOL.reporters)),
  };
}

type World = ReturnType<typeof world>;

// ------------------------------------------------------------------ dates

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3_650;

interface Day {
  y: number;
  m: number; // 0-based
  d: number;
  dow: number;
}
const dayAt = (ms: number): Day => {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate(), dow: date.getUTCDay() };
};
const pad = (n: number) => String(n).padStart(2, '0');

// ------------------------------------------------------------------ sentences

interface Story {
  r: Rand;
  w: World;
  lang: 'id' | 'en';
  published: Day;
  cast: Person[];
  countries: Country[];
  org: Org;
  place: string;
  weapon: { id: string; en: string; model: string };
  introduced: Set<Person>;
  orgIntroduced: boolean;
}

function personRef(s: Story, p: Person): string {
  if (s.introduced.has(p)) return s.r() < 0.7 ? p.short : p.full;
  s.introduced.add(p);
  const country = s.lang === 'id' ? p.country.id : p.country.en;
  return s.lang === 'id' ? `${p.title[0]} ${country} ${p.full}` : `${country.replace(/^the /, '')} ${p.title[1]} ${p.full}`;
}

function orgRef(s: Story): string {
  if (s.orgIntroduced) return s.org.acronym;
  s.orgIntroduced = true;
  return `${s.lang === 'id' ? s.org.id : s.org.en} (${s.org.acronym})`;
}

function statedDate(s: Story): string {
  const r = s.r;
  const back = dayAt(Date.UTC(s.published.y, s.published.m, s.published.d) - (1 + int(r, 40)) * DAY_MS);
  const kind = int(r, 5);
  if (s.lang === 'id') {
    if (kind === 0) return `pada ${DAYS_ID[back.dow]} (${back.d}/${back.m + 1})`;
    if (kind === 1) return `pada ${back.d} ${MONTHS_ID[back.m]}`;
    if (kind === 2) return 'bulan lalu';
    if (kind === 3) return `pada ${MONTHS_ID[back.m]} ${back.y}`;
    return `pada ${DAYS_ID[back.dow]}`;
  }
  if (kind === 0) return `on ${DAYS_EN[back.dow]}`;
  if (kind === 1) return `on ${MONTHS_EN[back.m]} ${back.d}`;
  if (kind === 2) return 'last month';
  if (kind === 3) return `in ${MONTHS_EN[back.m]} ${back.y}`;
  return `on ${DAYS_EN[back.dow]}`;
}

type Pattern = (s: Story, a: string, b: string) => string;

const ID_PATTERNS: Pattern[] = [
  (s, a, b) => `${a} bertemu dengan ${b} di ${s.place} ${statedDate(s)} untuk membahas kerja sama ${pick(s.r, ['militer', 'ekonomi', 'energi', 'pangan'])}.`,
  (s, a) => `${a} mengunjungi ${s.countries[1]!.id} ${statedDate(s)} dan dijadwalkan bertemu sejumlah pejabat tinggi.`,
  (s, a) => `Menurut ${a}, ${s.countries[0]!.id} akan membeli ${s.weapon.id} dari ${s.countries[1]!.id} sebelum akhir tahun.`,
  (s, a, b) => `"Kami tidak akan mundur," kata ${a} kepada wartawan di ${s.countries[0]!.capital}, menanggapi pernyataan ${b}.`,
  (s) => `${orgRef(s)} menyatakan uji coba ${s.weapon.id} di dekat ${s.place} berlangsung ${statedDate(s)}.`,
  (s, a) => `Dalam laporan yang dirilis ${orgRef(s)}, ${a} disebut berperan penting dalam perundingan tersebut.`,
  (s, a, b) => `${a} dan ${b} menandatangani nota kesepahaman di ${s.countries[1]!.capital} ${statedDate(s)}.`,
  (s) => `Pemerintah ${s.countries[0]!.id} menuduh ${s.countries[1]!.id} memasok ${s.weapon.id} kepada kelompok bersenjata di ${s.place}.`,
  (s) => `Para analis menilai langkah itu dapat memperburuk ketegangan di kawasan, terutama setelah insiden di ${s.place} ${statedDate(s)}.`,
  (s, a) => `${a} menegaskan bahwa ${s.countries[0]!.id} tetap terbuka untuk dialog dengan semua pihak.`,
  (s) => `Ribuan warga ${s.place} berunjuk rasa menentang rencana pembangunan pangkalan militer yang didanai ${orgRef(s)}.`,
  (s, a) => `Juru bicara ${orgRef(s)} mengatakan ${a} akan hadir dalam konferensi tingkat tinggi di ${s.countries[2]!.capital} bulan depan.`,
  () => `Belum ada tanggapan resmi atas laporan tersebut hingga berita ini diturunkan.`,
  (s, a) => `Sebelumnya, ${a} telah memperingatkan bahwa sanksi baru hanya akan memperpanjang krisis.`,
];

const EN_PATTERNS: Pattern[] = [
  (s, a, b) => `${a} met ${b} in ${s.place} ${statedDate(s)} to discuss ${pick(s.r, ['military', 'economic', 'energy', 'food'])} cooperation.`,
  (s, a) => `${a} arrived in ${s.countries[1]!.en.replace(/^the /, '')} ${statedDate(s)} and is expected to meet senior officials.`,
  (s, a) => `According to ${a}, ${s.countries[0]!.en} plans to buy the ${s.weapon.en} from ${s.countries[1]!.en} before the end of the year.`,
  (s, a, b) => `"We will not back down," ${a} told reporters in ${s.countries[0]!.capital}, responding to remarks by ${b}.`,
  (s) => `The ${orgRef(s)} said a test of the ${s.weapon.en} near ${s.place} took place ${statedDate(s)}.`,
  (s, a) => `A report released by the ${orgRef(s)} described ${a} as central to the negotiations.`,
  (s, a, b) => `${a} and ${b} signed a memorandum of understanding in ${s.countries[1]!.capital} ${statedDate(s)}.`,
  (s) => `The government of ${s.countries[0]!.en} accused ${s.countries[1]!.en} of supplying the ${s.weapon.en} to armed groups in ${s.place}.`,
  (s) => `Analysts said the move could deepen tensions in the region, especially after the incident in ${s.place} ${statedDate(s)}.`,
  (s, a) => `${a} insisted that ${s.countries[0]!.en} remained open to talks with all sides.`,
  (s) => `Thousands of residents of ${s.place} protested against a planned military base funded by the ${orgRef(s)}.`,
  (s, a) => `A spokesperson for the ${orgRef(s)} said ${a} would attend a summit in ${s.countries[2]!.capital} next month.`,
  () => `There was no official response to the report at the time of writing.`,
  (s, a) => `Earlier, ${a} had warned that new sanctions would only prolong the crisis.`,
];

function headline(s: Story, r: Rand): string {
  const p = pick(r, s.cast);
  const c = s.countries;
  if (s.lang === 'id') {
    return pick(r, [
      `${p.short} Bertemu Pejabat ${c[1]!.id}, Bahas Kerja Sama ${pick(r, ['Militer', 'Energi', 'Dagang'])}`,
      `${c[0]!.id} Uji Coba ${titled(s.weapon.id)} di Dekat ${s.place}`,
      `${c[0]!.id} Tuduh ${c[1]!.id} Pasok Senjata ke ${s.place}`,
      `${p.title[0]} ${p.short} Kunjungi ${c[1]!.capital}`,
    ]);
  }
  return pick(r, [
    `${p.short} meets ${c[1]!.en.replace(/^the /, '')} officials over ${pick(r, ['defence', 'energy', 'trade'])} ties`,
    `${c[0]!.en.replace(/^the /, '')} tests ${s.weapon.en} near ${s.place}`,
    `${c[0]!.en.replace(/^the /, '')} accuses ${c[1]!.en} of arming groups in ${s.place}`,
    `${p.title[1]} ${p.short} visits ${c[1]!.capital}`,
  ]);
}

/** A headline of another (made-up) story, for related-link boilerplate. */
function otherHeadline(r: Rand, w: World, lang: 'id' | 'en'): string {
  const p = w.person(r);
  const c = pick(r, COUNTRIES);
  return lang === 'id'
    ? pick(r, [`${p.short} Minta ${c.id} Hentikan Latihan Militer`, `Harga Beras di ${w.place(r)} Naik Lagi`, `${c.id} Siapkan ${titled(w.weapon(r).id)}`])
    : pick(r, [`${p.short} urges ${c.en} to halt drills`, `Rice prices climb again in ${w.place(r)}`, `${c.en.replace(/^the /, '')} readies ${w.weapon(r).en}`]);
}

// ------------------------------------------------------------------ articles

export interface GeneratedArticle {
  index: number;
  id: string;
  lang: 'id' | 'en';
  title: string;
  published: string;
  source: string;
  url: string;
  /** The page as a reader would copy it: header, story and boilerplate. */
  page: string;
  /** The story paragraphs alone (for html and jsonl, which carry metadata separately). */
  paragraphs: string[];
  format: 'txt' | 'html' | 'jsonl';
}

export function generateArticle(seed: number, index: number, w: World = world(seed)): GeneratedArticle {
  const r = seededRandom(mix(seed, index + 1));
  const lang: 'id' | 'en' = r() < 0.7 ? 'id' : 'en';
  const published = dayAt(EPOCH + int(r, SPAN_DAYS) * DAY_MS);
  const countries = [pick(r, COUNTRIES), pick(r, COUNTRIES), pick(r, COUNTRIES)];
  const cast = Array.from({ length: 3 + int(r, 3) }, () => w.person(r));
  const s: Story = {
    r,
    w,
    lang,
    published,
    cast,
    countries,
    org: w.org(r),
    place: w.place(r),
    weapon: w.weapon(r),
    introduced: new Set(),
    orgIntroduced: false,
  };
  const patterns = lang === 'id' ? ID_PATTERNS : EN_PATTERNS;
  const title = headline(s, r);
  const outlet = pick(r, lang === 'id' ? OUTLETS_ID : OUTLETS_EN);
  const reporter = w.reporter(r);
  const city = pick(r, countries).capital;

  const paragraphs: string[] = [];
  const sentencesWanted = 16 + int(r, 12);
  let paragraph: string[] = [];
  for (let k = 0; k < sentencesWanted; k++) {
    const first = int(r, cast.length);
    const a = personRef(s, cast[first]!);
    const b = personRef(s, cast[(first + 1 + int(r, cast.length - 1)) % cast.length]!);
    paragraph.push(pick(r, patterns)(s, a, b));
    if (paragraph.length >= 2 + int(r, 2)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  const dateline =
    lang === 'id'
      ? `${city.toUpperCase()}, ${outlet.toUpperCase()} - `
      : `${city.toUpperCase()}, ${MONTHS_EN[published.m]} ${published.d} (${outlet}) - `;
  paragraphs[0] = dateline + paragraphs[0];

  const pub = `${published.y}-${pad(published.m + 1)}-${pad(published.d)}`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  const id = `g${String(index).padStart(6, '0')}`;
  const url = `https://${outlet.toLowerCase().replace(/\s+/g, '')}/${published.y}/${pad(published.m + 1)}/${slug}`;

  // Boilerplate woven into the page.
  const body: string[] = [];
  paragraphs.forEach((p, k) => {
    body.push(p);
    if (k === 1 || (k > 2 && r() < 0.25)) body.push(`${lang === 'id' ? 'Baca juga' : 'Read more'}: ${otherHeadline(r, w, lang)}`);
    if (k === 2 && r() < 0.6) {
      const p2 = pick(r, cast);
      body.push(
        lang === 'id'
          ? `Foto: ${p2.full} saat tiba di ${s.place}. (${outlet}/${reporter})`
          : `Photo: ${p2.full} arrives in ${s.place}. (${outlet}/${reporter})`,
      );
    }
  });
  const header =
    lang === 'id'
      ? [
          ...(r() < 0.5 ? [`Baca berita tanpa iklan. Gabung ${outlet}+`, ''] : []),
          title,
          '',
          `${outlet} - ${pad(published.d)}/${pad(published.m + 1)}/${published.y}, ${pad(6 + int(r, 14))}:${pad(int(r, 60))} WIB`,
          reporter,
          '',
          'Penulis',
          '',
        ]
      : [title, '', `By ${reporter}`, '', `${MONTHS_EN[published.m]} ${published.d}, ${published.y}`, ''];
  const footer =
    lang === 'id'
      ? [
          `Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita ${outlet} WhatsApp Channel : https://www.whatsapp.com/channel/0029Va${int(r, 1e6)}. Pastikan kamu sudah install aplikasi WhatsApp ya.`,
          '',
          'Terkini Lainnya',
          '',
          ...Array.from({ length: 4 }, () => [otherHeadline(r, w, 'id'), '', pick(r, ['Global', 'Nasional', 'Ekonomi'])]).flat(),
        ]
      : [
          `(Reporting by ${reporter}; Editing by ${w.reporter(r)})`,
          '',
          'Share this article: Facebook Twitter WhatsApp Email',
          'Subscribe to our newsletter for the latest news.',
          '',
          'Related stories',
          ...Array.from({ length: 4 }, () => otherHeadline(r, w, 'en')),
        ];
  const page = [...header, ...body.flatMap((b) => [b, '']), ...footer].join('\n') + '\n';
  const roll = index % 20 === 19 ? 'jsonl' : r() < 0.1 ? 'html' : 'txt';
  return { index, id, lang, title, published: pub, source: outlet, url, page, paragraphs, format: roll };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlPage(a: GeneratedArticle, r: Rand, w: World): string {
  const related = Array.from({ length: 5 }, () => `<li><a href="#">${escapeHtml(otherHeadline(r, w, a.lang))}</a></li>`).join('');
  return `<!doctype html>
<html lang="${a.lang}"><head><meta charset="utf-8">
<title>${escapeHtml(a.title)} - ${escapeHtml(a.source)}</title>
<meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:site_name" content="${escapeHtml(a.source)}">
<meta property="article:published_time" content="${a.published}T08:00:00+07:00">
<link rel="canonical" href="${escapeHtml(a.url)}">
<script>window.dataLayer=[];</script></head>
<body><nav><a href="/">Home</a> <a href="/global">Global</a></nav>
<article><h1>${escapeHtml(a.title)}</h1>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p>${a.lang === 'id' ? 'Baca juga' : 'Read more'}: <a href="#">${escapeHtml(otherHeadline(r, w, a.lang))}</a></p>
</article>
<aside><h3>${a.lang === 'id' ? 'Berita Terkait' : 'Related'}</h3><ul>${related}</ul></aside>
<footer>© ${a.source}</footer></body></html>
`;
}

/** Writes articles [start, start + n) under `out`; returns the bytes written. */
export function writeCorpus(out: string, { n, seed = 1, start = 0 }: { n: number; seed?: number; start?: number }): number {
  mkdirSync(out, { recursive: true });
  const w = world(seed);
  const batch: string[] = [];
  let bytes = 0;
  for (let i = start; i < start + n; i++) {
    const a = generateArticle(seed, i, w);
    // Folders of 1,000 files, as a crawl would shard them.
    const dir = join(out, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (a.format === 'jsonl') {
      batch.push(
        JSON.stringify({ id: a.id, title: a.title, date: a.published, source: a.source, url: a.url, lang: a.lang, text: a.paragraphs.join('\n\n') }),
      );
      continue;
    }
    mkdirSync(dir, { recursive: true });
    const text = a.format === 'html' ? htmlPage(a, seededRandom(mix(seed, ~i)), w) : a.page;
    writeFileSync(join(dir, `${a.id}.${a.format}`), text);
    bytes += Buffer.byteLength(text);
  }
  if (batch.length) {
    const text = `${batch.join('\n')}\n`;
    writeFileSync(join(out, `batch-${String(start).padStart(6, '0')}.jsonl`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string', default: '0' },
    },
  });
  const n = Number(values.n);
  const out = values.out ?? `corpus-${n}`;
  const startedAt = performance.now();
  const bytes = writeCorpus(out, { n, seed: Number(values.seed), start: Number(values.start) });
  console.log(`wrote ${n} articles (${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
}

/**
 * A generated corpus kept between benchmark runs: `<dir>/corpus-<n>-seed<seed>`, made once
 * (a marker file says it is complete). Returns its folder and size in bytes.
 */
export function ensureCorpus(dir: string, n: number, seed = 1, start = 0): { path: string; bytes: number } {
  const path = join(dir, `corpus-${start ? `${start}+` : ''}${n}-seed${seed}`);
  const marker = join(path, '.complete');
  if (existsSync(marker)) return { path, bytes: Number(readFileSync(marker, 'utf8')) };
  rmSync(path, { recursive: true, force: true });
  const bytes = writeCorpus(path, { n, seed, start });
  writeFileSync(marker, String(bytes));
  return { path, bytes };
}
