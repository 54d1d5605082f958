import { describe, expect, it } from 'vitest';
import type { Lang } from '../graph/types.js';
import { dateSpan, parsePublicationDate, statedDates } from './dates.js';

/** [text, value, start, end] for each date found, in order. */
function dates(sentence: string, published: string, lang: Lang = 'id') {
  return statedDates(sentence, published, lang).map((d) => [d.text, d.value, d.start, d.end]);
}

describe('parsePublicationDate', () => {
  it.each([
    ['Jan 16, 2024 - 06:02', '2024-01-16'],
    ['17 Januari 2024 13:54', '2024-01-17'],
    ['Medcom • 17 Januari 2024 13:54', '2024-01-17'],
    ['Kompas.com - 15/01/2024, 11:13 WIB', '2024-01-15'],
    ['Rabu (18 Oktober 2023)', '2023-10-18'],
    ['Selasa, 16 Januari 2024', '2024-01-16'],
    ['2024-01-16T06:02:00+07:00', '2024-01-16'],
    // The day as the publisher wrote it, not moved to UTC.
    ['2024-01-16T01:00:00+07:00', '2024-01-16'],
    ['Senin, 15 Jan 2024 10:00 WIB', '2024-01-15'],
    ['16 January 2024', '2024-01-16'],
    ['January 16, 2024', '2024-01-16'],
    ['Published 9:30 AM EST, Tue January 16, 2024', '2024-01-16'],
    ['15/1/2024', '2024-01-15'],
    ['01/02/2024', '2024-02-01'],
    ['Diperbarui 29/02/2024, 08:00 WIB', '2024-02-29'],
    ['Kamis, 5 Des 2023 | 10:15', '2023-12-05'],
  ])('%s → %s', (text, expected) => {
    expect(parsePublicationDate(text)).toBe(expected);
  });

  it.each([
    ['3 Jan 2023', '2023-01-03'],
    ['3 Feb 2023', '2023-02-03'],
    ['3 Mar 2023', '2023-03-03'],
    ['3 Apr 2023', '2023-04-03'],
    ['3 Mei 2023', '2023-05-03'],
    ['3 Jun 2023', '2023-06-03'],
    ['3 Jul 2023', '2023-07-03'],
    ['3 Agu 2023', '2023-08-03'],
    ['3 Agt 2023', '2023-08-03'],
    ['3 Ags 2023', '2023-08-03'],
    ['3 Sep 2023', '2023-09-03'],
    ['3 Sept 2023', '2023-09-03'],
    ['3 Okt 2023', '2023-10-03'],
    ['3 Nov 2023', '2023-11-03'],
    ['3 Des 2023', '2023-12-03'],
  ])('Indonesian abbreviated month: %s', (text, expected) => {
    expect(parsePublicationDate(text)).toBe(expected);
  });

  it('takes the first full date when a header has several', () => {
    expect(parsePublicationDate('Kompas.com - 15/01/2024, 11:13 WIB, diperbarui 16/01/2024, 09:00 WIB')).toBe('2024-01-15');
  });

  it.each([
    ['Selasa (16/1)'],
    ['Januari 2024'],
    ['kemarin'],
    ['06:02'],
    ['Baca berita tanpa iklan. Gabung Kompas.com+'],
    ['31/02/2024'],
    [''],
  ])('no full date in %j', (text) => {
    expect(parsePublicationDate(text)).toBeNull();
  });
});

describe('dateSpan', () => {
  it('spans a day, a month and a year', () => {
    expect(dateSpan('2024-01-16')).toEqual({ start: '2024-01-16', end: '2024-01-16' });
    expect(dateSpan('2023-09')).toEqual({ start: '2023-09-01', end: '2023-09-30' });
    expect(dateSpan('2000')).toEqual({ start: '2000-01-01', end: '2000-12-31' });
  });

  it('knows leap years', () => {
    expect(dateSpan('2024-02').end).toBe('2024-02-29');
    expect(dateSpan('2023-02').end).toBe('2023-02-28');
    expect(dateSpan('2000-02').end).toBe('2000-02-29');
    expect(dateSpan('1900-02').end).toBe('1900-02-28');
  });

  it('rejects what is not a partial ISO date', () => {
    expect(() => dateSpan('2023-13')).toThrow(RangeError);
    expect(() => dateSpan('2023-02-30')).toThrow(RangeError);
    expect(() => dateSpan('16/1')).toThrow(RangeError);
  });
});

// Sentences from the seed articles, with the publication dates those articles carry
// (002 and 004 carry none; their events place them on 19 October 2023 and 16 January 2024).
describe('statedDates: seed sentences (Indonesian)', () => {
  it.each([
    [
      'Diplomat tertinggi Rusia, Selasa (16/1), menjamu mitranya dari Korea Utara untuk melakukan pembicaraan.',
      '2024-01-17',
      [['Selasa (16/1)', '2024-01-16', '2024-01-16', '2024-01-16']],
    ],
    [
      'Pada Jumat (13/10/2023), AS merilis informasi intelijen dan bukti yang dikatakannya menunjukkan pergerakan amunisi.',
      '2023-10-19',
      [['Jumat (13/10/2023)', '2023-10-13', '2023-10-13', '2023-10-13']],
    ],
    [
      'Menteri Luar Negeri Korea Utara Choe Son Hui akan mengunjungi Rusia pekan ini, kata media Pemerintah Korut KCNA pada Minggu (14/1/2024).',
      '2024-01-15',
      [
        ['pekan ini', '2024-01-15', '2024-01-15', '2024-01-21'],
        ['Minggu (14/1/2024)', '2024-01-14', '2024-01-14', '2024-01-14'],
      ],
    ],
    [
      '"Menlu Choe dijadwalkan bertemu dengan Menlu Lavrov pada Selasa, 16 Januari 2024," kata Juru Bicara Kementerian Luar Negeri Rusia Maria Zakharova, dilansir dari Korea Joongang Daily, Senin, 15 Januari 2024.',
      '2024-01-16',
      [
        ['Selasa, 16 Januari 2024', '2024-01-16', '2024-01-16', '2024-01-16'],
        ['Senin, 15 Januari 2024', '2024-01-15', '2024-01-15', '2024-01-15'],
      ],
    ],
    [
      'Kunjungan ini merupakan lanjutan dari lawatan Lavrov ke Pyongyang pada Oktober tahun lalu.',
      '2024-01-16',
      [['Oktober tahun lalu', '2023-10', '2023-10-01', '2023-10-31']],
    ],
    [
      'Kunjungannya terjadi setelah pemimpin Korea Utara Kim Jong-un dan Presiden Rusia Vladimir Putin bertemu dalam pertemuan puncak yang jarang terjadi pada September di Timur Jauh Rusia.',
      '2024-01-16',
      [['September', '2023-09', '2023-09-01', '2023-09-30']],
    ],
    [
      'Pertemuan mereka pada 13 September di Kosmodrom Vostochny dan tur ke pabrik-pabrik pesawat besar Rusia menimbulkan spekulasi.',
      '2024-01-16',
      [['13 September', '2023-09-13', '2023-09-13', '2023-09-13']],
    ],
    [
      'Sebelumnya, Korut baru saja berhasil uji coba rudal yang paling ditakuti Amerika Serikat dan sekutunya pada Minggu kemarin.',
      '2024-01-16',
      [['Minggu kemarin', '2024-01-14', '2024-01-14', '2024-01-14']],
    ],
    [
      'Moskow: Menteri Luar Negeri Korea Utara Cho Son-hui mengapresiasi hubungan persaudaraan dengan Rusia pada Selasa, 16 Januari 2024, saat mengadakan pembicaraan dengan Presiden Vladimir Putin di Moskow.',
      '2024-01-17',
      [['Selasa, 16 Januari 2024', '2024-01-16', '2024-01-16', '2024-01-16']],
    ],
    [
      'Sejak invasi Ukraina tahun 2022, Putin memperdalam hubungan dengan Korea Utara.',
      '2024-01-17',
      [['tahun 2022', '2022', '2022-01-01', '2022-12-31']],
    ],
    [
      'Dalam pembicaraan dengan Lavrov, Choe memuji kemajuan implementasi kesepakatan yang dicapai selama kunjungan Kim ke Rusia pada September lalu.',
      '2024-01-17',
      [['September lalu', '2023-09', '2023-09-01', '2023-09-30']],
    ],
    [
      'Lavrov mengunjungi Korea Utara pada Oktober lalu, mengatakan bahwa diskusi akan mencakup situasi di Semenanjung Korea.',
      '2024-01-17',
      [['Oktober lalu', '2023-10', '2023-10-01', '2023-10-31']],
    ],
    [
      'Hubungan tersebut telah terbentuk pada tahun 1948 dengan dukungan Uni Soviet.',
      '2024-01-17',
      [['tahun 1948', '1948', '1948-01-01', '1948-12-31']],
    ],
    [
      'Keduanya juga telah membahas kemungkinan kerja sama di bidang ruang angkasa dan teknologi nuklir pada September 2023.',
      '2024-01-17',
      [['September 2023', '2023-09', '2023-09-01', '2023-09-30']],
    ],
    [
      'Putin mengambil alih jabatan presiden dari Boris Yeltsin pada hari terakhir tahun 1999.',
      '2024-01-17',
      [['hari terakhir tahun 1999', '1999-12-31', '1999-12-31', '1999-12-31']],
    ],
    [
      'Putin terakhir mengunjungi Pyongyang pada tahun 2000 untuk bertemu dengan Kim Jong Il, ayah Kim Jong-un.',
      '2024-01-17',
      [['tahun 2000', '2000', '2000-01-01', '2000-12-31']],
    ],
    [
      'Dalam sambutan resminya pada Rabu (18 Oktober 2023), Lavrov menjanjikan "dukungan penuh" Moskow kepada Kim.',
      '2023-10-19',
      [['Rabu (18 Oktober 2023)', '2023-10-18', '2023-10-18', '2023-10-18']],
    ],
    [
      'Dia juga mengatakan bahwa dia berada di sana untuk membahas langkah-langkah implementasi yang diambil pada pertemuan antara Putin dan Kim bulan lalu, namun tidak menjelaskan lebih lanjut.',
      '2023-10-19',
      [['bulan lalu', '2023-09', '2023-09-01', '2023-09-30']],
    ],
    [
      'Tidak jelas apakah Lavrov akan bertemu Kim dalam kunjungannya saat ini, seperti yang dilakukannya pada kunjungan terakhirnya ke Pyongyang pada tahun 2018.',
      '2023-10-19',
      [['tahun 2018', '2018', '2018-01-01', '2018-12-31']],
    ],
    [
      'Pekan lalu, Amerika Serikat (AS) menyatakan Korea Utara mulai mengirimkan senjata dalam jumlah besar ke Rusia.',
      '2023-10-19',
      [['Pekan lalu', '2023-10-09', '2023-10-09', '2023-10-15']],
    ],
    [
      'Kunjungan dua hari Lavrov merupakan kelanjutan dari kunjungan beberapa hari Kim ke Rusia pada September tahun lalu.',
      '2023-10-19',
      [['September tahun lalu', '2022-09', '2022-09-01', '2022-09-30']],
    ],
    [
      'Pada awal Juli, Menteri Pertahanan Rusia juga mengunjungi Korea Utara dan menunjukkan kepadanya senjata terbaru negara tersebut, termasuk rudal balistik antarbenua Hwasong.',
      '2023-10-19',
      [['awal Juli', '2023-07', '2023-07-01', '2023-07-31']],
    ],
    [
      'Citra satelit menunjukkan bahwa 300 kontainer dikirim dari pelabuhan Nanjin di Korea Utara ke Danube di pantai timur Rusia pada awal September dan kemudian dipindahkan ke depot militer.',
      '2023-10-19',
      [['awal September', '2023-09', '2023-09-01', '2023-09-30']],
    ],
    [
      'Pemimpin Tertinggi Korea Utara Kim Jong Un pada September 2023 menyambangi Rusia untuk menemui Presiden Vladimir Putin.',
      '2024-01-15',
      [['September 2023', '2023-09', '2023-09-01', '2023-09-30']],
    ],
    [
      '"Choe Son Hui, Menteri Luar Negeri Republik Demokratik Rakyat Korea, akan melakukan kunjungan resmi ke Federasi Rusia mulai 15 hingga 17 Januari atas undangan Menteri Luar Negeri Sergei Lavrov," kata KCNA.',
      '2024-01-15',
      // One date for the range: its first day as the value, the whole visit as the span.
      [['15 hingga 17 Januari', '2024-01-15', '2024-01-15', '2024-01-17']],
    ],
    [
      'Awal bulan ini, Gedung Putih menuduh Korut mengirim rudal balistik dan peluncurnya ke Rusia.',
      '2024-01-15',
      [['Awal bulan ini', '2024-01', '2024-01-01', '2024-01-31']],
    ],
    [
      'Korut pada akhir 2023 berhasil menempatkan satelit mata-mata ke orbit setelah dua kali gagal.',
      '2024-01-15',
      [['akhir 2023', '2023', '2023-01-01', '2023-12-31']],
    ],
    [
      'Adapun Washington pada Oktober 2023 mengeklaim, Korea Utara mengirim lebih dari 1.000 kontainer peralatan militer dan amunisi ke Rusia.',
      '2024-01-15',
      [['Oktober 2023', '2023-10', '2023-10-01', '2023-10-31']],
    ],
    [
      'Pemimpin Korea Utara Kim Jong Un melakukan perjalanan ke Rusia pada bulan September untuk bertemu Presiden Vladimir Putin.',
      '2024-01-16',
      [['bulan September', '2023-09', '2023-09-01', '2023-09-30']],
    ],
    [
      'Putin dilaporkan juga akan menjamu Choe pada hari Selasa.',
      '2024-01-16',
      [['hari Selasa', '2024-01-16', '2024-01-16', '2024-01-16']],
    ],
    [
      'Lavrov, Selasa, juga menyebutkan "kerja sama yang erat dan bermanfaat" antara kedua negara di PBB.',
      '2024-01-16',
      [['Selasa', '2024-01-16', '2024-01-16', '2024-01-16']],
    ],
  ])('%s', (sentence, published, expected) => {
    expect(dates(sentence, published)).toEqual(expected);
  });

  it('gives the offset of each date in the sentence', () => {
    const sentence = 'Diplomat tertinggi Rusia, Selasa (16/1), menjamu mitranya.';
    const [found] = statedDates(sentence, '2024-01-17', 'id');
    expect(found?.index).toBe(26);
    expect(sentence.slice(found!.index, found!.index + found!.text.length)).toBe(found!.text);
  });
});

describe('statedDates: Indonesian relative dates', () => {
  const published = '2024-01-17'; // a Wednesday

  it.each([
    ['Kim tiba kemarin.', [['kemarin', '2024-01-16', '2024-01-16', '2024-01-16']]],
    ['Kim tiba hari ini.', [['hari ini', '2024-01-17', '2024-01-17', '2024-01-17']]],
    ['Kim tiba tadi malam.', [['tadi malam', '2024-01-16', '2024-01-16', '2024-01-16']]],
    ['Rudal itu diluncurkan minggu lalu.', [['minggu lalu', '2024-01-08', '2024-01-08', '2024-01-14']]],
    ['Rudal itu diluncurkan akhir pekan lalu.', [['akhir pekan lalu', '2024-01-13', '2024-01-13', '2024-01-14']]],
    ['Rudal itu diluncurkan bulan ini.', [['bulan ini', '2024-01', '2024-01-01', '2024-01-31']]],
    ['Rudal itu diluncurkan tahun lalu.', [['tahun lalu', '2023', '2023-01-01', '2023-12-31']]],
    ['Rudal itu diluncurkan dua hari lalu.', [['dua hari lalu', '2024-01-15', '2024-01-15', '2024-01-15']]],
    ['Mereka bertemu pada Jumat.', [['Jumat', '2024-01-12', '2024-01-12', '2024-01-12']]],
    ['Mereka bertemu pada Minggu di Moskow.', [['Minggu', '2024-01-14', '2024-01-14', '2024-01-14']]],
    ['Mereka bertemu pada hari Minggu lalu.', [['hari Minggu lalu', '2024-01-14', '2024-01-14', '2024-01-14']]],
    ['Mereka bertemu pada Rabu.', [['Rabu', '2024-01-17', '2024-01-17', '2024-01-17']]],
    // A weekday said to come is after the publication day, never the one just gone.
    ['Mereka akan bertemu lagi Sabtu depan.', [['Sabtu depan', '2024-01-20', '2024-01-20', '2024-01-20']]],
    ['Mereka akan bertemu lagi Rabu depan.', [['Rabu depan', '2024-01-24', '2024-01-24', '2024-01-24']]],
    ['Pertemuan digelar mulai Senin hingga Rabu.', [['Senin hingga Rabu', '2024-01-15', '2024-01-15', '2024-01-17']]],
    ['Pertemuan digelar Rabu 17/1 di Moskow.', [['Rabu 17/1', '2024-01-17', '2024-01-17', '2024-01-17']]],
    ['Pada 13/10/2023 AS merilis bukti.', [['13/10/2023', '2023-10-13', '2023-10-13', '2023-10-13']]],
    ['Sejak 2018 hubungan membaik.', [['2018', '2018', '2018-01-01', '2018-12-31']]],
    ['Perang berlangsung pada tahun 1950-1953.', [['tahun 1950-1953', '1950', '1950-01-01', '1953-12-31']]],
    ['Korut meluncurkan satelit pada awal 2024.', [['awal 2024', '2024', '2024-01-01', '2024-12-31']]],
    ['Harga naik sejak Mei lalu.', [['Mei lalu', '2023-05', '2023-05-01', '2023-05-31']]],
    ['Kunjungan direncanakan bulan depan.', [['bulan depan', '2024-02', '2024-02-01', '2024-02-29']]],
  ])('%s', (sentence, expected) => {
    expect(dates(sentence, published)).toEqual(expected);
  });

  it('reads Minggu at the start of a sentence as the week, and inside it as Sunday', () => {
    expect(dates('Minggu lalu, AS menyatakan Korut mengirim senjata.', published)).toEqual([
      ['Minggu lalu', '2024-01-08', '2024-01-08', '2024-01-14'],
    ]);
    expect(dates('Korut, Minggu lalu, meluncurkan rudal.', published)).toEqual([
      ['Minggu lalu', '2024-01-14', '2024-01-14', '2024-01-14'],
    ]);
  });

  it('takes a weekday named on the publication day as that day', () => {
    expect(dates('Lavrov menjamu Choe pada Selasa.', '2024-01-16')).toEqual([
      ['Selasa', '2024-01-16', '2024-01-16', '2024-01-16'],
    ]);
  });
});

describe('statedDates: dashes that are not ranges', () => {
  it('never gives a span that ends before it starts', () => {
    // Found by the property tests: a date, a dash and a dateline read as a backwards range.
    const [found] = dates('Terbit 1/2 - Jan 16, 2024 - 06:02', '2024-01-01');
    expect(found?.[2]! <= found?.[3]!).toBe(true);
    expect(dates('Pameran 15 - 17 Januari 2024 di Jakarta.', '2024-01-10')).toEqual([
      ['15 - 17 Januari 2024', '2024-01-15', '2024-01-15', '2024-01-17'],
    ]);
  });
});

describe('statedDates: years left unsaid', () => {
  it('puts a month named in January in the previous year', () => {
    expect(dates('Kim berkunjung pada Desember lalu.', '2024-01-05')).toEqual([
      ['Desember lalu', '2023-12', '2023-12-01', '2023-12-31'],
    ]);
    expect(dates('Kim berkunjung pada Desember.', '2024-01-05')).toEqual([
      ['Desember', '2023-12', '2023-12-01', '2023-12-31'],
    ]);
  });

  it('puts the publication month itself in the publication year, unless "lalu" says otherwise', () => {
    expect(dates('Kim berkunjung pada Januari.', '2024-01-20')[0]?.[1]).toBe('2024-01');
    expect(dates('Kim berkunjung pada Januari lalu.', '2024-01-20')[0]?.[1]).toBe('2023-01');
  });

  it('puts "bulan lalu" and "pekan lalu" in the previous year across New Year', () => {
    expect(dates('Kim berkunjung bulan lalu.', '2024-01-03')).toEqual([
      ['bulan lalu', '2023-12', '2023-12-01', '2023-12-31'],
    ]);
    expect(dates('Kim berkunjung pekan lalu.', '2024-01-03')).toEqual([
      ['pekan lalu', '2023-12-25', '2023-12-25', '2023-12-31'],
    ]);
  });

  it('puts a weekday with a day and month across New Year in the previous year', () => {
    expect(dates('Korut, Kamis (28/12), meluncurkan rudal.', '2024-01-02')).toEqual([
      ['Kamis (28/12)', '2023-12-28', '2023-12-28', '2023-12-28'],
    ]);
  });

  it('takes a day-month more than a month after publication as last year, and one just after as to come', () => {
    expect(dates('Pertemuan pada 13 Oktober.', '2024-09-01')[0]?.[1]).toBe('2023-10-13');
    expect(dates('Pertemuan akan digelar pada 20 September.', '2024-09-01')[0]?.[1]).toBe('2024-09-20');
    expect(dates('Pertemuan akan digelar pada 5 Januari.', '2023-12-20')[0]?.[1]).toBe('2024-01-05');
  });

  it('carries a range across New Year', () => {
    expect(dates('Latihan digelar pada 28 Desember hingga 3 Januari.', '2024-01-17')).toEqual([
      ['28 Desember hingga 3 Januari', '2023-12-28', '2023-12-28', '2024-01-03'],
    ]);
  });

  it('finds the leap year for 29 February', () => {
    expect(dates('Pertemuan pada 29 Februari.', '2024-03-05')[0]?.[1]).toBe('2024-02-29');
    expect(dates('Korut, Kamis (29/2), meluncurkan rudal.', '2025-03-05')[0]?.[1]).toBe('2024-02-29');
    expect(dates('Pertemuan pada bulan Februari.', '2024-03-05')[0]?.[3]).toBe('2024-02-29');
  });
});

describe('statedDates: English', () => {
  const published = '2024-01-17'; // a Wednesday

  it.each([
    ['The two ministers met on Tuesday in Moscow.', [['Tuesday', '2024-01-16', '2024-01-16', '2024-01-16']]],
    ['Lavrov met Choe on January 16 in Moscow.', [['January 16', '2024-01-16', '2024-01-16', '2024-01-16']]],
    ['Choe arrived in Moscow on Jan. 16.', [['Jan. 16', '2024-01-16', '2024-01-16', '2024-01-16']]],
    ['The missile was launched last month.', [['last month', '2023-12', '2023-12-01', '2023-12-31']]],
    ['The missile was launched last week.', [['last week', '2024-01-08', '2024-01-08', '2024-01-14']]],
    ['Kim travelled to Russia in September.', [['September', '2023-09', '2023-09-01', '2023-09-30']]],
    ['Lavrov visited Pyongyang last October.', [['last October', '2023-10', '2023-10-01', '2023-10-31']]],
    ['Putin last visited Pyongyang in 2000.', [['2000', '2000', '2000-01-01', '2000-12-31']]],
    ['The summit took place on September 13, 2023, at Vostochny.', [['September 13, 2023', '2023-09-13', '2023-09-13', '2023-09-13']]],
    ['North Korea fired a missile yesterday.', [['yesterday', '2024-01-16', '2024-01-16', '2024-01-16']]],
    ['Kirby said earlier this month that Russia used the missiles.', [['earlier this month', '2024-01', '2024-01-01', '2024-01-31']]],
    ['Lavrov visited Pyongyang in October last year.', [['October last year', '2023-10', '2023-10-01', '2023-10-31']]],
    ['The satellite was launched in late 2023.', [['late 2023', '2023', '2023-01-01', '2023-12-31']]],
    ['Pyongyang fired three missiles two days ago.', [['two days ago', '2024-01-15', '2024-01-15', '2024-01-15']]],
    ['The visit runs from Jan 15-17.', [['Jan 15-17', '2024-01-15', '2024-01-15', '2024-01-17']]],
  ])('%s', (sentence, expected) => {
    expect(dates(sentence, published, 'en')).toEqual(expected);
  });

  it('finds several dates in one sentence', () => {
    expect(
      dates('Kim, who took power in 2011, met Putin in April 2019 and again in September.', published, 'en'),
    ).toEqual([
      ['2011', '2011', '2011-01-01', '2011-12-31'],
      ['April 2019', '2019-04', '2019-04-01', '2019-04-30'],
      ['September', '2023-09', '2023-09-01', '2023-09-30'],
    ]);
  });
});

describe('statedDates: not dates', () => {
  it.each([
    ['id', 'Pertemuan itu akan digelar dalam dua minggu.'],
    ['id', 'Citra satelit menunjukkan bahwa 300 kontainer dikirim ke Rusia.'],
    ['id', 'Korea Utara mengirim lebih dari 1.000 kontainer peralatan militer.'],
    ['id', 'Rudal dengan jangkauan sekitar 900 kilometer itu dipakai Rusia.'],
    ['id', 'Rudal Hwasong-11 Korea Utara Dilaporkan Mendarat di Kharkiv Ukraina'],
    ['id', 'Rusia memakai rudal KN-23 buatan Korea Utara.'],
    ['id', 'Peringati 75 Tahun Hubungan Bilateral, AS-Indonesia Luncurkan Kunjungan Kampus'],
    ['id', 'Diperbarui pukul 06:02 WIB.'],
    ['id', 'Rangkuman Hari Ke-796 Serangan Rusia ke Ukraina: Ukraina Gagalkan 55 Serangan di Donetsk'],
    ['id', 'Selama enam bulan terakhir, Korea Utara dan Rusia telah berjanji untuk memperdalam hubungan mereka.'],
    ['id', 'Tidak ada rincian lebih lanjut saat ini.'],
    ['id', 'Layanan tersedia 24/7 dan mencakup 1/3 wilayah.'],
    ['id', 'Kunjungan dua hari Lavrov berakhir.'],
    ['en', 'The KN-23 missile has a range of about 900 kilometres.'],
    ['en', 'Some 1,000 containers were shipped in two weeks.'],
    ['en', 'Sun Microsystems may march on.'],
    ['en', 'Officials said the talks would resume now.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(dates(sentence, '2024-01-17', lang)).toEqual([]);
  });
});

describe('statedDates: purity', () => {
  it('gives the same answer for the same input, whatever the day it runs', () => {
    const sentence = 'Kim berkunjung kemarin dan bulan lalu.';
    expect(statedDates(sentence, '2010-06-15', 'id')).toEqual(statedDates(sentence, '2010-06-15', 'id'));
    expect(dates(sentence, '2010-06-15')).toEqual([
      ['kemarin', '2010-06-14', '2010-06-14', '2010-06-14'],
      ['bulan lalu', '2010-05', '2010-05-01', '2010-05-31'],
    ]);
  });

  it('rejects a publication date that is not a full ISO day', () => {
    expect(() => statedDates('kemarin', '2024-01', 'id')).toThrow(RangeError);
  });
});
