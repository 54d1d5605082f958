import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle, findHeadline, isDateLine, splitTitleSuffix } from './clean.js';

const seed = (prefix: string) => {
  const name = ['000_20593dcf4bd0bbb8', '001_609ed2da3cd8fc35', '002_186adc58be71bcef', '003_2f8d2744cd0c9b41', '004_6e9a77bcbcb90964'].find((n) =>
    n.startsWith(prefix),
  )!;
  return readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');
};
const paragraphs = (text: string) => text.split('\n\n');
const reasons = (removed: { text: string; reason: string }[]) => removed.map((r) => `${r.reason}: ${r.text}`);

describe('cleanArticle on the seed pages', () => {
  it('Kompas: drops the related headlines, prompts and byline, keeps every story paragraph', () => {
    const { text, removed } = cleanArticle(seed('003'), 'id');
    for (const unrelated of ['Netanyahu', 'Rafah', 'Columbia', 'Hamas', 'Taliban', 'Blinken', 'Kharkiv', 'Taiwan', 'Irak', 'WhatsApp']) {
      expect(text).not.toContain(unrelated);
    }
    for (const furniture of ['Baca juga', 'Gabung Kompas.com+', 'Aditya Jaya Iswara', 'Penulis', 'Sumber AFP', '15/01/2024', 'Komentar', 'Simak']) {
      expect(text).not.toContain(furniture);
    }
    expect(paragraphs(text)).toEqual([
      'Menteri Luar Negeri Korea Utara Akan ke Rusia, Penuhi Undangan Menlu Lavrov',
      'Menteri Luar Negeri Korea Utara Choe Son Hui akan mengunjungi Rusia pekan ini, kata media Pemerintah Korut KCNA pada Minggu (14/1/2024).',
      'Rusia dan Korea Utara adalah dua negara bersekutu secara tradisional. Keduanya belakangan ini meningkatkan hubungan baru.',
      'Pemimpin Tertinggi Korea Utara Kim Jong Un pada September 2023 menyambangi Rusia untuk menemui Presiden Vladimir Putin, kemudian para pejabat tinggi Rusia termasuk menteri pertahanan dan menlu bergantian melawat ke Korut.',
      'Banyaknya kunjungan bergantian ini meningkatkan kekhawatiran para sekutu Ukraina mengenai kemungkinan kesepakatan senjata.',
      '“Choe Son Hui, Menteri Luar Negeri Republik Demokratik Rakyat Korea, akan melakukan kunjungan resmi ke Federasi Rusia mulai 15 hingga 17 Januari atas undangan Menteri Luar Negeri Sergei Lavrov,” kata KCNA menggunakan nama resmi Korea Utara, dikutip dari kantor berita AFP.',
      'Awal bulan ini, Gedung Putih menuduh Korut mengirim rudal balistik dan peluncurnya ke Rusia dan menyebutnya eskalasi signifikan serta mengkhawatirkan atas bantuan perang untuk Moskwa.',
      'Para pejabat AS menyebut rudal yang dipasok Pyongyang dengan jangkauan sekitar 900 kilometer itu dipakai Rusia untuk menyerang Ukraina.',
      'Selain AS, Korea Selatan juga khawatir dengan peningkatan kerja sama militer dan ekonomi antara Rusia dengan Korea Utara.',
      'Korsel menuduh Pyongyang menyuplai lebih dari satu juta peluru artileri ke Moskwa sebagai imbalan atas saran mengenai teknologi satelit militer.',
      'Korut pada akhir 2023 berhasil menempatkan satelit mata-mata ke orbit setelah dua kali gagal.',
      'Adapun Washington pada Oktober 2023 mengeklaim, Korea Utara mengirim lebih dari 1.000 kontainer peralatan militer dan amunisi ke Rusia.',
    ]);
    expect(reasons(removed)).toEqual(
      expect.arrayContaining([
        'dateline: PYONGYANG, KOMPAS.com -',
        'byline: Aditya Jaya Iswara',
        'byline: Sumber AFP',
        'date line: Kompas.com - 15/01/2024, 11:13 WIB',
        'read-also link: Baca juga: Korea Utara Diperkirakan Mampu Miliki Lebih dari 200 Senjata Nuklir',
      ]),
    );
    expect(removed.find((r) => r.reason === 'related headlines')?.text).toMatch(/^Terkini Lainnya\n[\s\S]*Blinken[\s\S]*Kompas\.com$/);
  });

  it('Nusadaily: headline once, the repeated lead once, dateline and end mark gone, cited domain kept', () => {
    const { text, removed } = cleanArticle(seed('000'), 'id');
    const paras = paragraphs(text);
    expect(paras[0]).toBe('Usai Luncurkan Rudal Hipersonik, Menlu Korut Pergi ke Rusia');
    expect(paras[1]).toMatch(/^Menteri Luar Negeri Korea Utara \(Korut\) Choe Son-hui tiba di Rusia/);
    expect(text.split('Usai Luncurkan Rudal Hipersonik').length).toBe(2);
    expect(text.split('Choe Son-hui tiba di Rusia').length).toBe(2);
    expect(paras[2]).toMatch(/^Dilansir dari medcom\.id, Juru Bicara Kremlin, Dmitry Peskov mengatakan/);
    expect(text).not.toMatch(/NUSADAILY|Jan 16, 2024|06:02/);
    expect(paras.at(-1)).toMatch(/terus mengawasi kunjungan Choe ke Rusia\.”$/);
    expect(paras).toHaveLength(14);
    expect(reasons(removed)).toEqual(expect.arrayContaining(['dateline: NUSADAILY.COM – MOSKOW -', 'byline: (*)', 'date line: Jan 16, 2024 - 06:02']));
  });

  it('Medcom: captions, colon dateline, name credit and the tail go; the subheading stays', () => {
    const { text, removed } = cleanArticle(seed('001'), 'id');
    const paras = paragraphs(text);
    expect(paras[0]).toBe('Apresiasi Persahabatan dengan Rusia, Menlu Korut Undang Putin Temui Kim Jong-un');
    expect(paras[1]).toMatch(/^Menteri Luar Negeri Korea Utara Cho Son-hui mengapresiasi/);
    expect(paras).toContain('Rencana Kunjungan Putin');
    expect(paras.at(-1)).toBe(
      'Putin mengambil alih jabatan presiden dari Boris Yeltsin pada hari terakhir tahun 1999. Putin terakhir mengunjungi Pyongyang pada tahun 2000 untuk bertemu dengan Kim Jong Il, ayah Kim Jong-un.',
    );
    for (const furniture of ['Artem Geodakyan', 'Atika Pusagawanti', 'Medcom •', 'Google News', '(WIL)', 'TERKAIT', 'FOLLOW US', 'Baca juga', 'Imperialisme']) {
      expect(text).not.toContain(furniture);
    }
    expect(paras).toHaveLength(16);
    expect(reasons(removed)).toEqual(expect.arrayContaining(['dateline: Moskow:', 'byline: (Atika Pusagawanti)', 'byline: (WIL)']));
    expect(removed.filter((r) => r.reason === 'photo caption')).toHaveLength(2);
  });

  it('Okezone: title suffix, glued capital dateline, follow prompt and comment form', () => {
    const { text, removed } = cleanArticle(seed('002'), 'id', 'Menteri Luar Negeri Rusia terbang ke Korea Utara, memuji hubungan yang lebih erat');
    const paras = paragraphs(text);
    expect(paras[0]).toBe('Menteri Luar Negeri Rusia terbang ke Korea Utara, memuji hubungan yang lebih erat');
    expect(paras[1]).toMatch(/^Menteri Luar Negeri Rusia Sergey Lavrov untuk memberi tahu/);
    expect(text).not.toMatch(/Okezone|MOSKOW|Quoted From|Leave a Reply|email address/);
    expect(paras.at(-1)).toMatch(/^Selama enam bulan terakhir/);
    expect(paras).toHaveLength(18);
    expect(reasons(removed)).toEqual(expect.arrayContaining(['dateline: MOSKOW', 'source note: Quoted From Many Source']));
  });

  it('AP via VOA: bullet byline, captions and editor codes go', () => {
    const { text } = cleanArticle(seed('004'), 'id');
    const paras = paragraphs(text);
    expect(paras[0]).toBe('Menlu Korut di Moskow di tengah Kekhawatiran Dugaan Kesepakatan Senjata');
    expect(paras[1]).toMatch(/^Diplomat tertinggi Rusia, Selasa \(16\/1\), menjamu/);
    expect(text).not.toMatch(/Associated Press|Shemetov|\[ab\/ns\]/);
    expect(paras.at(-1)).toBe('Baik Rusia maupun Korea Utara menampik tuduhan transfer senjata Korea Utara ke Rusia.');
    expect(paras).toHaveLength(9);
  });
});

describe('cleanArticle on pages in the style of other outlets', () => {
  it('a Detik-style page', () => {
    const page = [
      'Jokowi Terima Kunjungan PM Jepang di Istana Bogor',
      'Tim detikNews - detikNews',
      'Selasa, 16 Jan 2024 10:24 WIB',
      'Presiden Joko Widodo menerima PM Jepang Fumio Kishida di Istana Bogor. (Foto: Rusman - Biro Pers Sekretariat Presiden)',
      'Jakarta - Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Fumio Kishida di Istana Kepresidenan Bogor, Jawa Barat. Keduanya membahas kerja sama energi.',
      '',
      'ADVERTISEMENT',
      '',
      'SCROLL TO CONTINUE WITH CONTENT',
      '',
      '"Kami sepakat memperkuat kerja sama di bidang energi bersih," kata Jokowi dalam keterangan pers bersama.',
      '',
      'Baca juga:',
      'Kishida Tiba di Jakarta, Disambut Menlu Retno',
      '',
      'Kishida dijadwalkan melanjutkan lawatan ke Filipina pada Rabu (17/1/2024).',
      '',
      '(rdp/imk)',
      '',
      'Lihat juga Video: Momen Jokowi Sambut Kishida di Istana Bogor',
      '',
      'Berita Terkait',
      'Prabowo Bertemu Menhan Australia',
      'Harga Beras Naik Jelang Pemilu',
    ].join('\n');
    const { text } = cleanArticle(page, 'id');
    expect(paragraphs(text)).toEqual([
      'Jokowi Terima Kunjungan PM Jepang di Istana Bogor',
      'Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Fumio Kishida di Istana Kepresidenan Bogor, Jawa Barat. Keduanya membahas kerja sama energi.',
      '"Kami sepakat memperkuat kerja sama di bidang energi bersih," kata Jokowi dalam keterangan pers bersama.',
      'Kishida dijadwalkan melanjutkan lawatan ke Filipina pada Rabu (17/1/2024).',
    ]);
  });

  it('a CNN Indonesia-style page with a share box and an agency caption', () => {
    const page = [
      'Rusia Tuding AS Provokasi di Semenanjung Korea',
      'CNN Indonesia',
      'Rabu, 17 Jan 2024 14:05 WIB',
      'Bagikan :',
      'Menlu Rusia Sergei Lavrov. (REUTERS/Evelyn Hockstein)',
      'Jakarta, CNN Indonesia -- Menteri Luar Negeri Rusia Sergei Lavrov menuding Amerika Serikat memprovokasi Korea Utara.',
      'Lavrov menyampaikan hal itu usai bertemu Menlu Korut Choe Son Hui di Moskow, Selasa (16/1).',
      '(isa/bac)',
      '[Gambas:Video CNN]',
    ].join('\n');
    const { text } = cleanArticle(page, 'id');
    expect(paragraphs(text)).toEqual([
      'Rusia Tuding AS Provokasi di Semenanjung Korea',
      'Menteri Luar Negeri Rusia Sergei Lavrov menuding Amerika Serikat memprovokasi Korea Utara.',
      'Lavrov menyampaikan hal itu usai bertemu Menlu Korut Choe Son Hui di Moskow, Selasa (16/1).',
    ]);
  });

  it('a caption that ends in its agency credit, without brackets', () => {
    const page = [
      'Scholz hosts Tusk in Berlin',
      'BERLIN, Feb 12 (Reuters) - German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Berlin on Monday.',
      'German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk at the Chancellery in Berlin, Germany, February 12, 2024. REUTERS/Lisa Brandt',
      'Tusk said Europe must spend more on defence.',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'en');
    expect(text).not.toContain('Chancellery');
    expect(removed.map((r) => r.reason)).toContain('photo caption');
  });

  it('an Antara-style page with agency dateline and staff credits', () => {
    const page = [
      'Indonesia dan Malaysia sepakati patroli bersama di Selat Malaka',
      'Rabu, 17 Januari 2024 19:02 WIB',
      'Jakarta (ANTARA) - Menteri Pertahanan Prabowo Subianto dan Menteri Pertahanan Malaysia Mohamad Hasan menyepakati patroli bersama di Selat Malaka.',
      'Kesepakatan itu ditandatangani di Jakarta pada Rabu.',
      'Pewarta: Genta Tenri Mawangi',
      'Editor: Rahmad Nasution',
      'Copyright © ANTARA 2024',
    ].join('\n\n');
    expect(paragraphs(cleanArticle(page, 'id').text)).toEqual([
      'Indonesia dan Malaysia sepakati patroli bersama di Selat Malaka',
      'Menteri Pertahanan Prabowo Subianto dan Menteri Pertahanan Malaysia Mohamad Hasan menyepakati patroli bersama di Selat Malaka.',
      'Kesepakatan itu ditandatangani di Jakarta pada Rabu.',
    ]);
  });

  it('a Tempo-style page with an editor pick and a Liputan6-style dateline', () => {
    const tempo = cleanArticle(
      'TEMPO.CO, Jakarta - Kementerian Luar Negeri memanggil Duta Besar Israel di Jakarta.\n\nPilihan Editor: Retno Bertemu Blinken di Washington\n\nKemlu belum memberi keterangan lebih lanjut.',
      'id',
      'Kemlu Panggil Dubes',
    );
    expect(paragraphs(tempo.text)).toEqual([
      'Kemlu Panggil Dubes',
      'Kementerian Luar Negeri memanggil Duta Besar Israel di Jakarta.',
      'Kemlu belum memberi keterangan lebih lanjut.',
    ]);
    const liputan6 = cleanArticle('Liputan6.com, Jakarta - Presiden Joko Widodo meresmikan bendungan di Jawa Tengah pada Senin.', 'id', 'Jokowi Resmikan Bendungan');
    expect(paragraphs(liputan6.text)[1]).toBe('Presiden Joko Widodo meresmikan bendungan di Jawa Tengah pada Senin.');
  });

  it('a Reuters-style page in English', () => {
    const page = [
      "North Korea's foreign minister arrives in Russia for talks with Lavrov",
      'By Guy Faulconbridge',
      'January 15, 2024 6:21 PM GMT+7',
      'Updated 2 hours ago',
      '',
      "MOSCOW, Jan 15 (Reuters) - North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday for talks with Russian Foreign Minister Sergei Lavrov, the Kremlin said.",
      '',
      'Read more:',
      'Russia and North Korea pledge closer ties',
      'North Korea fires ballistic missile',
      '',
      'Kremlin spokesman Dmitry Peskov said President Vladimir Putin had accepted an invitation to visit Pyongyang.',
      '',
      'Reporting by Guy Faulconbridge; Editing by Andrew Osborn',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ].join('\n');
    const { text } = cleanArticle(page, 'en');
    expect(paragraphs(text)).toEqual([
      "North Korea's foreign minister arrives in Russia for talks with Lavrov",
      'North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday for talks with Russian Foreign Minister Sergei Lavrov, the Kremlin said.',
      'Kremlin spokesman Dmitry Peskov said President Vladimir Putin had accepted an invitation to visit Pyongyang.',
    ]);
  });

  it('a Guardian-style page in English with a related list at the end', () => {
    const page = [
      "Putin hosts North Korea's top diplomat as ties deepen",
      "Russian President Vladimir Putin, right, and North Korea's Choe Son Hui in Moscow. Photograph: Artem Geodakyan/AP",
      'Andrew Roth in Moscow',
      'Tue 16 Jan 2024 13.54 GMT',
      'Share',
      "Vladimir Putin has met North Korea's foreign minister in Moscow, the latest sign of deepening ties between the two countries.",
      'The US and South Korea say Pyongyang has supplied Russia with artillery shells and ballistic missiles.',
      'Sign up to First Edition, our free daily newsletter',
      'Most viewed',
      'Israel strikes Rafah as talks stall',
      'Taliban bar women from parks',
    ].join('\n\n');
    const { text, removed } = cleanArticle(page, 'en');
    expect(paragraphs(text)).toEqual([
      "Putin hosts North Korea's top diplomat as ties deepen",
      "Vladimir Putin has met North Korea's foreign minister in Moscow, the latest sign of deepening ties between the two countries.",
      'The US and South Korea say Pyongyang has supplied Russia with artillery shells and ballistic missiles.',
    ]);
    expect(removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['photo caption', 'byline', 'date line', 'comment, login or share box', 'subscription or social prompt', 'related headlines']),
    );
  });

  it('a BBC Indonesia-style page with image source and caption lines', () => {
    const page = [
      'Korea Utara: Kim Jong Un perintahkan militer bersiap perang',
      '16 Januari 2024',
      'Sumber gambar, Reuters',
      'Keterangan gambar, Kim Jong Un saat menghadiri pertemuan partai.',
      'Pemimpin Korea Utara Kim Jong Un memerintahkan militernya bersiap menghadapi perang, menurut media pemerintah KCNA.',
      'Berita terkait',
      'Korea Selatan uji rudal baru',
      'Topik terkait',
      'Korea Utara',
    ].join('\n');
    expect(paragraphs(cleanArticle(page, 'id').text)).toEqual([
      'Korea Utara: Kim Jong Un perintahkan militer bersiap perang',
      'Pemimpin Korea Utara Kim Jong Un memerintahkan militernya bersiap menghadapi perang, menurut media pemerintah KCNA.',
    ]);
  });

  it('keeps story sentences that merely start like furniture', () => {
    const story = [
      'Terkait rencana kunjungan Putin, juru bicara Kremlin Dmitry Peskov menyatakan bahwa hal itu ada dalam agenda.',
      'Dilansir dari medcom.id, Juru Bicara Kremlin Dmitry Peskov mengatakan Korea Utara adalah mitra Rusia.',
      'Sumber itu menolak berkomentar.',
      'Komentar Putin memicu kecaman dari Kyiv.',
      'Masuk ke ruang pertemuan, Putin menyapa Choe dengan hangat.',
      'Share prices fell 5% in Seoul on Tuesday.',
      'Oleh karena itu, Seoul memperingatkan Moskow.',
      'Pemerintah meminta warga install aplikasi pelacak sebelum bepergian ke luar negeri.',
      'Kremlin mengumumkan kunjungan itu melalui saluran WhatsApp resminya pada Senin malam.',
      'The newsletter of the ministry said the talks would resume in March.',
    ];
    const { text, removed } = cleanArticle(['Putin Sambut Choe di Kremlin', ...story].join('\n\n'), 'id');
    expect(paragraphs(text)).toEqual(['Putin Sambut Choe di Kremlin', ...story]);
    expect(removed).toEqual([]);
  });

  it('joins lines wrapped inside a paragraph but not across paragraphs', () => {
    const page = 'Judul Berita Tentang Kunjungan\n\nMenteri Luar Negeri Korea Utara Choe Son Hui tiba di\nMoskow pada Selasa untuk bertemu dengan mitranya,\nSergei Lavrov.\n\nKunjungan itu berlangsung tiga hari.';
    expect(paragraphs(cleanArticle(page, 'id').text)).toEqual([
      'Judul Berita Tentang Kunjungan',
      'Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Moskow pada Selasa untuk bertemu dengan mitranya, Sergei Lavrov.',
      'Kunjungan itu berlangsung tiga hari.',
    ]);
  });

  it('joins a paragraph hard-wrapped at a fixed width, even where a line ends on a capital', () => {
    const page = [
      "Putin hosts North Korea's top diplomat",
      '',
      "Foreign Minister Sergei Lavrov said at the start of the meeting that he and North Korea's Foreign",
      'Minister Choe Son Hui would discuss "active work" in implementing agreements reached by their',
      'leaders.',
      '',
      '___',
      '',
      'Kim reported from Seoul, South Korea.',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'en');
    expect(paragraphs(text)).toEqual([
      "Putin hosts North Korea's top diplomat",
      'Foreign Minister Sergei Lavrov said at the start of the meeting that he and North Korea\'s Foreign Minister Choe Son Hui would discuss "active work" in implementing agreements reached by their leaders.',
    ]);
    expect(removed.map((r) => r.reason)).toEqual(['separator', 'byline']);
  });

  it('puts a given title in front once, even when the body lacks it', () => {
    const { text } = cleanArticle('Putin tiba di Pyongyang pada Rabu dini hari.', 'id', 'Putin Tiba di Pyongyang');
    expect(text).toBe('Putin Tiba di Pyongyang\n\nPutin tiba di Pyongyang pada Rabu dini hari.');
  });

  it('does not repeat a title that is the body\'s own first sentence', () => {
    const body = 'Putin tiba di Pyongyang pada Rabu dini hari. Ia disambut Kim Jong Un di bandara.';
    expect(cleanArticle(body, 'id', 'Putin tiba di Pyongyang pada Rabu dini hari.').text).toBe(body);
  });
});

describe('page structure helpers', () => {
  it('splits an outlet suffix off a title only when it names an outlet', () => {
    expect(splitTitleSuffix('Menteri Luar Negeri Rusia terbang ke Korea Utara: Okezone News')).toEqual({
      title: 'Menteri Luar Negeri Rusia terbang ke Korea Utara',
      outlet: 'Okezone News',
    });
    expect(splitTitleSuffix('Jokowi Resmikan Bendungan - Kompas.com')).toEqual({ title: 'Jokowi Resmikan Bendungan', outlet: 'Kompas.com' });
    expect(splitTitleSuffix('Putin meets Choe | Reuters').outlet).toBe('Reuters');
    expect(splitTitleSuffix('Netanyahu: Israel Akan Serang Rafah')).toEqual({ title: 'Netanyahu: Israel Akan Serang Rafah' });
    expect(splitTitleSuffix('AS: Korea Utara Kirim 1.000 Kontainer Militer ke Rusia')).toEqual({ title: 'AS: Korea Utara Kirim 1.000 Kontainer Militer ke Rusia' });
  });

  it('recognises date lines of many outlets and not sentences with dates', () => {
    for (const line of [
      'Jan 16, 2024 - 06:02',
      'Medcom • 17 Januari 2024 13:54',
      'Kompas.com - 15/01/2024, 11:13 WIB',
      'Selasa, 16 Jan 2024 10:24 WIB',
      'Tue 16 Jan 2024 13.54 GMT',
      'Updated 2 hours ago',
      'Published January 15, 2024 at 6:21 PM',
    ]) {
      expect(isDateLine(line), line).toBe(true);
    }
    for (const line of ['Putin tiba di Moskow 16 Januari 2024', 'Pertemuan 13 September', 'Kunjungan ini berlangsung pada 16 Januari 2024.']) {
      expect(isDateLine(line), line).toBe(false);
    }
  });

  it('finds the headline past prompts and captions', () => {
    expect(findHeadline(seed('003').split('\n'))?.title).toBe('Menteri Luar Negeri Korea Utara Akan ke Rusia, Penuhi Undangan Menlu Lavrov');
    expect(findHeadline(seed('001').split('\n'))?.title).toBe('Apresiasi Persahabatan dengan Rusia, Menlu Korut Undang Putin Temui Kim Jong-un');
    expect(findHeadline(['Putin tiba di Moskow pada Selasa untuk bertemu Choe Son Hui.'])).toBeNull();
  });
});

describe('bylines with name particles', () => {
  it('drops an English byline whose names have lower-case particles', () => {
    const page = [
      'Hamas delegation in Cairo for ceasefire talks',
      '',
      'By Nidal al-Mughrabi and Emily Rose',
      '',
      'CAIRO, Feb 13 (Reuters) - Mediators met in Cairo on Tuesday to push for a ceasefire, two security sources said.',
      '',
      'Oleh Ahmad bin Yusuf dan Maria van der Berg',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'en');
    expect(text).not.toContain('Mughrabi');
    expect(text).not.toContain('van der Berg');
    expect(text).toContain('Mediators met in Cairo');
    expect(removed.filter((r) => r.reason === 'byline')).toHaveLength(2);
  });
});

describe('streaming promotions', () => {
  it('drops a line that advertises where to watch', () => {
    const page = [
      'Tim Voli Putri Juara SEA Games',
      '',
      'Hanoi - Tim voli putri Indonesia menjuarai SEA Games setelah mengalahkan Thailand di final, Minggu (14/5).',
      '',
      'Saksikan siaran langsung pertandingan voli hanya di Nexsport.',
      '',
      'Tonton juga live streaming Liga Champions gratis di aplikasi Sportify.',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'id');
    expect(text).not.toMatch(/Nexsport|Sportify/);
    expect(text).toContain('mengalahkan Thailand');
    expect(removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['subscription or social prompt']));
  });
});

describe('datelines signed by any outlet', () => {
  it('takes "CITY (Outlet) -" off the story', () => {
    const page = [
      'Banjir Rendam Ratusan Rumah di Kota Palu',
      '',
      'PALU (Mercusuar) - Banjir merendam ratusan rumah di Kota Palu, Sulawesi Tengah, Minggu (3/3).',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'id');
    expect(text).toContain('Banjir merendam ratusan rumah');
    expect(text).not.toContain('Mercusuar');
    expect(removed).toContainEqual({ text: 'PALU (Mercusuar) -', reason: 'dateline' });
  });
});

describe('a related-headlines label inside the story', () => {
  it('takes only its own list when the story goes on after it', () => {
    const page = [
      'Lula, Petro meet at Amazon climate summit',
      '',
      'BELEM, Brazil (AP) — Brazilian President Luiz Inácio Lula da Silva met Colombian President Gustavo Petro on the sidelines of the climate summit in Belem on Thursday.',
      '',
      'RELATED COVERAGE',
      'Brazil opens COP30 with call to protect tropical forests',
      'What to know about the Tropical Forests Forever fund',
      '',
      'Petro accused the administration of U.S. President Donald Trump of killing Colombian fishermen in the strikes.',
      '',
      'Lula and Petro last met in April in Tegucigalpa, Honduras, at a summit of Latin American leaders.',
      '',
      'Most read',
      'Messi’s Inter Miami eliminated from MLS playoffs',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'en');
    expect(text).toContain('Petro accused the administration');
    expect(text).toContain('Lula and Petro last met in April');
    expect(text).not.toContain('Tropical Forests Forever');
    expect(text).not.toContain('Inter Miami');
    expect(removed.filter((r) => r.reason === 'related headlines').map((r) => r.text.split('\n')[0])).toEqual(['RELATED COVERAGE', 'Most read']);
  });
});

describe('bylines under a desk title and captions with a photo desk code', () => {
  it('drops "Defence correspondent" and the name under it', () => {
    const page = [
      'Healey in Warsaw as UK and Poland agree to build air-defence missiles together',
      '',
      'Defence correspondent',
      'Daniel Whitmore',
      '',
      'Thu 23 Oct 2025 17.30 BST',
      '',
      'The UK defence secretary, John Healey, met his Polish counterpart in Warsaw on Thursday and signed an agreement.',
    ].join('\n');
    const { text } = cleanArticle(page, 'en');
    expect(text).not.toContain('Whitmore');
    expect(text).not.toContain('correspondent');
    expect(text).toContain('John Healey, met his Polish counterpart');
  });
  it('drops a caption ending in "ANTARA FOTO/Name A/nym."', () => {
    const page = [
      'Prabowo Terima Kunjungan Presiden Kenya di Istana Merdeka',
      '',
      'Jakarta (ANTARA) - Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Kenya William Ruto di Istana Merdeka, Jakarta, Kamis (20/11).',
      '',
      'Presiden Prabowo Subianto berjalan bersama Presiden Kenya William Ruto saat upacara penyambutan di Istana Merdeka, Jakarta, Kamis (20/11/2025). ANTARA FOTO/Hafidz Mubarak A/nym.',
      '',
      'Ruto mengatakan Kenya ingin belajar dari pengalaman Indonesia dalam program makan bergizi gratis.',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'id');
    expect(text).not.toContain('Hafidz');
    expect(removed.find((r) => r.text.includes('Hafidz'))?.reason).toBe('photo caption');
  });
});

describe('credits and bylines in other shapes', () => {
  it('a caption credit in square brackets goes; a bracketed aside in a story sentence stays', () => {
    const page = [
      'Sudan army retakes Khartoum palace',
      '',
      'Soldiers celebrate outside the Republican Palace in Khartoum, Sudan [Ebrahim Hamid/AFP via Getty Images]',
      '',
      'The army said on Friday it had retaken the palace, a symbolic win in a two-year war against the Rapid Support Forces [RSF].',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'en');
    expect(text).not.toContain('Ebrahim Hamid');
    expect(reasons(removed)).toContainEqual(expect.stringMatching(/^photo caption: Soldiers celebrate/));
    expect(text).toContain('Rapid Support Forces [RSF].');
  });

  it('"Name - Outlet" above the story is a byline; a dash in a story line is not', () => {
    const page = [
      'Menhan Terima Kunjungan Menhan Filipina',
      '',
      'Rahmat Hidayat - detikNews',
      '',
      'Jakarta - Menteri Pertahanan Sjafrie Sjamsoeddin menerima Menteri Pertahanan Filipina Gilberto Teodoro di Jakarta, Senin (3/11/2025).',
      '',
      'Kerja sama maritim - terutama patroli bersama - menjadi pokok pembicaraan.',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'id');
    expect(text).not.toContain('Rahmat Hidayat');
    expect(reasons(removed)).toContain('byline: Rahmat Hidayat - detikNews');
    expect(text).toContain('Kerja sama maritim - terutama patroli bersama - menjadi pokok pembicaraan.');
  });

  it('a caption ending in the bare agency name, and a read-on prompt quoting the headline, are furniture', () => {
    const page = [
      'Leaders meet in Tirana',
      '',
      'European leaders gathered in Tirana on Friday for the European Political Community summit.',
      '',
      'Albanian Prime Minister Edi Rama greets guests at the Skanderbeg Square venue. Reuters',
      '',
      'Rama said the meeting showed Europe stood together.',
      '',
      'Baca artikel CNN Indonesia "Rama Sambut Pemimpin Eropa di Tirana, Bahas Keamanan Kawasan" selengkapnya di sini.',
    ].join('\n');
    const { text, removed } = cleanArticle(page, 'en');
    expect(text).not.toContain('Skanderbeg');
    expect(text).not.toContain('selengkapnya');
    expect(reasons(removed)).toContainEqual(expect.stringMatching(/^photo caption: Albanian Prime Minister/));
    expect(text).toContain('Rama said the meeting showed Europe stood together.');
  });
});
