import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../graph/types.js';
import { mayStateDate } from './date-cues.js';
import { statedDates } from './dates.js';
import { splitSentences } from './sentences.js';

const PUBLISHED = '2024-01-17';

// One sentence for each form of date dates.ts reads, from news text.
const ID_DATED = [
  'Menlu Choe dijadwalkan bertemu dengan Menlu Lavrov pada Selasa, 16 Januari 2024.',
  'Choe Son-hui tiba di Moskow pada Senin (15/1) untuk kunjungan tiga hari.',
  'Presiden menerima kunjungan tersebut di Istana Merdeka, Rabu 17/1.',
  'Kesepakatan itu diteken di Jakarta, 15.01.2024, oleh kedua menteri.',
  'Data itu diperbarui pada 2024-01-16 oleh kementerian.',
  'Pertemuan mereka pada 13 September di Kosmodrom Vostochny menimbulkan spekulasi.',
  'Kunjungan ini merupakan lanjutan dari lawatan Lavrov ke Pyongyang pada Oktober tahun lalu.',
  'Choe memuji kemajuan kesepakatan yang dicapai selama kunjungan Kim ke Rusia pada September lalu.',
  'Putin dijadwalkan berkunjung ke Pyongyang Oktober mendatang.',
  'Sejak invasi Ukraina tahun 2022, Putin memperdalam hubungan dengan Korea Utara.',
  'Kedua negara berunding sepanjang tahun 2022-2023 tanpa hasil.',
  'Kerja sama itu ditargetkan rampung pada akhir 2025.',
  'Pasukan itu sudah berada di sana sejak 1998.',
  'Kim menerima delegasi Rusia pekan lalu.',
  'Latihan gabungan digelar akhir pekan lalu di Laut Kuning.',
  'Rudal itu diluncurkan pada Minggu dari kawasan Pyongyang.',
  'Delegasi itu tiba pada hari Minggu kemarin.',
  'Korea Utara meluncurkan rudal balistik kemarin.',
  'Ledakan terdengar di perbatasan semalam.',
  'Serangan itu terjadi tadi malam di dekat Kharkiv.',
  'Menlu Rusia tiba di Pyongyang tiga hari lalu.',
  'Kapal itu berlabuh di Vladivostok dua pekan lalu.',
  'Sepekan lalu kedua pemimpin berbicara lewat telepon.',
  'Menteri Pertahanan AS mengunjungi Seoul bulan lalu.',
  'KTT itu akan digelar tahun depan di Jakarta.',
  'Konferensi berlangsung mulai 15 hingga 17 Januari di Bali.',
  'Perundingan digelar Senin hingga Rabu di Jenewa.',
  'Kedua menteri bertemu pada 16Januari di Moskow.',
];

const EN_DATED = [
  'North Korean Foreign Minister Choe Son Hui met Russian President Vladimir Putin on Tuesday.',
  'Putin visited North Korea last month for a summit with Kim Jong Un.',
  'The two leaders last met in September 2023 at the Vostochny Cosmodrome.',
  'Kim visited Russia last October to meet Putin.',
  'The agreement was signed in October last year.',
  'Lavrov travelled to Pyongyang in October.',
  'The treaty was first proposed in 2000.',
  'Production is expected to begin in early 2025.',
  'The ministers met in Moscow last week.',
  'Troops returned to their bases this weekend.',
  'Pyongyang fired a ballistic missile yesterday.',
  'Explosions were heard in Kyiv last night.',
  'Choe arrived in Moscow two days ago.',
  'A week earlier, the two sides had exchanged prisoners.',
  'Seoul protested the day after the launch.',
  'Talks are scheduled for Jan 16, 2024, in Geneva.',
  'The summit opened on 16 January 2024 in Brussels.',
  'The deadline is the end of the month.',
];

// Sentences that state no date, of the kind most of a story is made of.
const ID_UNDATED = [
  'Menteri Luar Negeri Korea Utara Choe Son-hui tiba di Rusia untuk bertemu dengan mitranya, Sergei Lavrov.',
  'Korea Utara menguji rudal Hwasong-18 yang ditakuti Amerika Serikat.',
];
const EN_UNDATED = ['The Kremlin said North Korea was a partner of Russia in all areas, including the 2 sides.'];

const sentencesOf = (dir: URL): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => splitSentences(readFileSync(new URL(name, dir), 'utf8'), 'id').map((s) => s.text));

describe('mayStateDate', () => {
  it.each(ID_DATED)('lets through the Indonesian date in: %s', (sentence) => {
    expect(statedDates(sentence, PUBLISHED, 'id')).not.toEqual([]);
    expect(mayStateDate(sentence, 'id')).toBe(true);
  });

  it.each(EN_DATED)('lets through the English date in: %s', (sentence) => {
    expect(statedDates(sentence, PUBLISHED, 'en')).not.toEqual([]);
    expect(mayStateDate(sentence, 'en')).toBe(true);
  });

  it('holds back sentences with no date in them', () => {
    for (const sentence of ID_UNDATED) expect(mayStateDate(sentence, 'id'), sentence).toBe(false);
    for (const sentence of EN_UNDATED) expect(mayStateDate(sentence, 'en'), sentence).toBe(false);
  });

  it('holds back no sentence of the seeds or the unseen articles that states a date', () => {
    const sentences = [
      ...sentencesOf(new URL('../../seeds/', import.meta.url)),
      ...sentencesOf(new URL('./__fixtures__/unseen/', import.meta.url)),
    ];
    expect(sentences.length).toBeGreaterThan(500);
    for (const sentence of sentences) {
      for (const lang of ['id', 'en'] as const) {
        if (!mayStateDate(sentence, lang)) expect(statedDates(sentence, PUBLISHED, lang), sentence).toEqual([]);
      }
    }
  });

  it('holds back only text in which statedDates finds nothing', () => {
    // Date words, numbers and the words chrono reads as durations, glued together or apart.
    const pieces = [
      'pada', 'Minggu', 'minggu', 'pekan', 'lalu', 'hari', 'sehari', 'tahun', 'bulan', 'kemarin', 'semalam', 'malam',
      'Januari', 'Mei', 'Des', 'tanggal', 'hingga', 'Selasa', "Jum'at", 'sekarang', 'last', 'this', 'next', 'lasts',
      'in', 'for', 'within', 'a', 'the', 'few', 'two', 'half', 'couple', 'of', 'ago', 'later', 'after', 'before',
      'earlier', 'out', 'day', 'days', 'week', 'weekend', 'month', 'year', 's', 'm', 'h', 'd', 'w', 'y', 'May', 'may',
      'March', 'Sept.', 'first', 'second', 'twenty', 'on', 'Monday', 'Sun', 'sat', 'now', 'tonight', 'noon', 'end',
      'pukul', 'at', '10', '16', '2024', '1/2', '16/1', '15.01', '-', '+', '(', ')', ',', '.', ' ', ' ', ' ',
    ];
    const text = fc
      .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    const lang = fc.constantFrom<Lang>('id', 'en');
    fc.assert(
      fc.property(text, lang, (sentence, l) => {
        if (!mayStateDate(sentence, l)) expect(statedDates(sentence, PUBLISHED, l)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
