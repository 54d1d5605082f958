import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticles } from './articles.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const meta = (file: string, text: string) => parseArticles(file, text).articles.map(({ text: _body, ...rest }) => rest);

describe('parseArticles: plain-text pages', () => {
  it('reads title, date, outlet and language off every seed page', () => {
    const seeds = readdirSync(seedDir)
      .sort()
      .flatMap((name) => meta(`seeds/${name}`, readFileSync(new URL(name, seedDir), 'utf8')));
    expect(seeds).toEqual([
      {
        id: '000-20593dcf4bd0bbb8',
        title: 'Usai Luncurkan Rudal Hipersonik, Menlu Korut Pergi ke Rusia',
        published: '2024-01-16',
        source: 'Nusadaily.com',
        lang: 'id',
        file: 'seeds/000_20593dcf4bd0bbb8.txt',
      },
      {
        id: '001-609ed2da3cd8fc35',
        title: 'Apresiasi Persahabatan dengan Rusia, Menlu Korut Undang Putin Temui Kim Jong-un',
        published: '2024-01-17',
        source: 'Medcom',
        lang: 'id',
        file: 'seeds/001_609ed2da3cd8fc35.txt',
      },
      {
        id: '002-186adc58be71bcef',
        title: 'Menteri Luar Negeri Rusia terbang ke Korea Utara, memuji hubungan yang lebih erat',
        published: '2023-10-18',
        source: 'Okezone News',
        lang: 'id',
        file: 'seeds/002_186adc58be71bcef.txt',
      },
      {
        id: '003-2f8d2744cd0c9b41',
        title: 'Menteri Luar Negeri Korea Utara Akan ke Rusia, Penuhi Undangan Menlu Lavrov',
        published: '2024-01-15',
        source: 'Kompas.com',
        lang: 'id',
        file: 'seeds/003_2f8d2744cd0c9b41.txt',
      },
      {
        id: '004-6e9a77bcbcb90964',
        title: 'Menlu Korut di Moskow di tengah Kekhawatiran Dugaan Kesepakatan Senjata',
        published: '2024-01-16',
        source: 'Associated Press',
        lang: 'id',
        file: 'seeds/004_6e9a77bcbcb90964.txt',
      },
    ]);
  });

  it('keeps the raw page as the article text', () => {
    const text = readFileSync(new URL('003_2f8d2744cd0c9b41.txt', seedDir), 'utf8');
    expect(parseArticles('003.txt', text).articles[0]!.text).toBe(text);
  });

  it('reads an English wire story: agency dateline, date line, language', () => {
    const page = [
      "North Korea's foreign minister arrives in Russia for talks with Lavrov",
      'By Guy Faulconbridge',
      'January 15, 2024 6:21 PM GMT+7',
      '',
      'MOSCOW, Jan 15 (Reuters) - North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday for talks with Russian Foreign Minister Sergei Lavrov.',
    ].join('\n');
    expect(meta('wires/Choe Moscow.txt', page)).toEqual([
      {
        id: 'choe-moscow',
        title: "North Korea's foreign minister arrives in Russia for talks with Lavrov",
        published: '2024-01-15',
        source: 'Reuters',
        lang: 'en',
        file: 'wires/Choe Moscow.txt',
      },
    ]);
  });

  it('finds the outlet in a dateline or a title suffix, and not in a cited domain', () => {
    const tempo = meta('a.txt', 'Kemlu Panggil Dubes\n\nTEMPO.CO, Jakarta - Kementerian Luar Negeri memanggil Duta Besar di Jakarta pada Senin, 15 Januari 2024.')[0]!;
    expect(tempo.source).toBe('Tempo.co');
    expect(tempo.published).toBe('2024-01-15');
    const suffix = meta('b.txt', 'Jokowi Resmikan Bendungan Baru di Jawa Tengah - Kompas.com\n\nPresiden Joko Widodo meresmikan bendungan baru itu pada Senin pagi.')[0]!;
    expect(suffix).toMatchObject({ title: 'Jokowi Resmikan Bendungan Baru di Jawa Tengah', source: 'Kompas.com', published: '' });
    const cited = meta('c.txt', 'Korut Uji Rudal Baru\n\nDilansir dari medcom.id, Korea Utara kembali menguji rudal balistik pada Minggu pagi waktu setempat.')[0]!;
    expect(cited.source).toBe('');
  });

  it('gives an untitled body a title from its first sentence', () => {
    const [article] = meta('note.txt', 'Putin tiba di Pyongyang pada Rabu dini hari. Ia disambut Kim Jong Un di bandara.');
    expect(article!.title).toBe('Putin tiba di Pyongyang pada Rabu dini hari.');
  });
});

describe('parseArticles: markdown', () => {
  it('strips the syntax and reads the front matter', () => {
    const md = [
      '---',
      'title: "Putin Terima Menlu Korut"',
      'date: 2024-01-17',
      'sumber: Medcom',
      '---',
      '# Putin Terima Menlu Korut',
      '',
      '![Foto Putin](putin.jpg)',
      '',
      '**Moskow**: Presiden _Vladimir Putin_ menerima [Choe Son Hui](https://example.com/choe) di *Kremlin*.',
      '',
      '> "Kami siap," kata Choe.',
      '',
      '- Lavrov hadir dalam pertemuan.',
    ].join('\n');
    const [article] = parseArticles('putin.md', md).articles;
    expect(article).toMatchObject({ id: 'putin', title: 'Putin Terima Menlu Korut', published: '2024-01-17', source: 'Medcom', lang: 'id' });
    expect(article!.text).toBe(
      'Putin Terima Menlu Korut\n\nMoskow: Presiden Vladimir Putin menerima Choe Son Hui di Kremlin.\n\n"Kami siap," kata Choe.\n\nLavrov hadir dalam pertemuan.',
    );
  });

  it('takes the first level-one heading as the title and keeps snake_case words intact', () => {
    const [article] = parseArticles('x.md', 'Rubrik Global\n\n# Seoul Protests Missile Test\n\nThe file_name field and 2*3*4 stay as they are.').articles;
    expect(article!.title).toBe('Seoul Protests Missile Test');
    expect(article!.text).toContain('The file_name field and 2*3*4 stay as they are.');
  });
});

describe('parseArticles: html', () => {
  const html = `<!doctype html><html><head>
    <title>Putin Terima Menlu Korut di Kremlin - Kompas.com</title>
    <meta property="og:title" content="Putin Terima Menlu Korut di Kremlin">
    <meta property="og:site_name" content="KOMPAS.com">
    <meta property="article:published_time" content="2024-01-17T06:02:00+07:00">
    <link rel="canonical" href="https://internasional.kompas.com/read/2024/01/17/putin">
    <style>.x{color:red}</style>
    <script>var ads = "Netanyahu";</script>
  </head><body>
    <nav><a href="/">Beranda</a> <a href="/global">Global</a></nav>
    <article>
      <h1>Putin Terima Menlu Korut di Kremlin</h1>
      <p>MOSKOW, KOMPAS.com - Presiden Rusia <b>Vladimir Putin</b> menerima Menlu Korea Utara Choe Son Hui&nbsp;di Kremlin.</p>
      <p>Keduanya membahas kerja sama militer.<br>Lavrov turut hadir.</p>
      <figure><img src="a.jpg" alt="Putin"><figcaption>Putin dan Choe. (AFP/POOL)</figcaption></figure>
      <form><label>Komentar</label><textarea></textarea></form>
    </article>
    <aside>Terpopuler: Hamas dan Israel</aside>
    <footer>© Kompas.com</footer>
  </body></html>`;

  it('reads the metadata from the head', () => {
    const [article] = parseArticles('page.html', html).articles;
    expect(article).toMatchObject({
      id: 'page',
      title: 'Putin Terima Menlu Korut di Kremlin',
      published: '2024-01-17',
      source: 'Kompas.com',
      url: 'https://internasional.kompas.com/read/2024/01/17/putin',
      lang: 'id',
    });
  });

  it('keeps visible text with its paragraphs and drops scripts, navigation, forms and footers', () => {
    const { text } = parseArticles('page.htm', html).articles[0]!;
    expect(text).toBe(
      [
        'Putin Terima Menlu Korut di Kremlin',
        'MOSKOW, KOMPAS.com - Presiden Rusia Vladimir Putin menerima Menlu Korea Utara Choe Son Hui di Kremlin.',
        'Keduanya membahas kerja sama militer.\nLavrov turut hadir.',
        'Putin dan Choe. (AFP/POOL)',
      ].join('\n\n'),
    );
  });

  it('reports a page with no visible text instead of making an empty article', () => {
    const scripts = `<html><head><style>p{}</style></head><body>${'<script>window.__pwned=1</script><style>b{}</style>'.repeat(50)}<nav>Home</nav></body></html>`;
    expect(parseArticles('scripts.html', scripts)).toEqual({
      articles: [],
      problems: [{ file: 'scripts.html', message: 'no text: the page holds only markup, scripts, styles, navigation or forms' }],
    });
    expect(parseArticles('front.md', '---\ntitle: Judul\n---\n\n').problems[0]?.message).toMatch(/^no text/);
    // Deeply nested or unclosed markup still gives its text.
    expect(parseArticles('nested.html', `${'<div>'.repeat(20_000)}Presiden Joko Widodo di Jakarta.`).articles[0]?.text).toBe('Presiden Joko Widodo di Jakarta.');
    expect(parseArticles('open.html', '<p>Presiden Joko Widodo <b><i><span').articles[0]?.text).toBe('Presiden Joko Widodo');
  });

  it('falls back to JSON-LD, <time> and the page text', () => {
    const page = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site"},
      {"@type":"NewsArticle","headline":"Kim Jong Un Inspects Missile Factory","datePublished":"2024-01-09T08:00:00+09:00",
       "publisher":{"@type":"Organization","name":"Yonhap"},"mainEntityOfPage":{"@id":"https://en.yna.co.kr/view/1"}}]}</script></head>
      <body><p>SEOUL, Jan. 9 (Yonhap) -- North Korean leader Kim Jong Un inspected a munitions factory, state media said.</p></body></html>`;
    expect(parseArticles('yna.html', page).articles[0]).toMatchObject({
      title: 'Kim Jong Un Inspects Missile Factory',
      published: '2024-01-09',
      source: 'Yonhap',
      url: 'https://en.yna.co.kr/view/1',
      lang: 'en',
    });
    const bare = '<html><body><h1>Putin Meets Choe</h1><time datetime="2024-01-16">16 Jan</time><p>The two ministers met in Moscow on Tuesday.</p></body></html>';
    expect(parseArticles('bare.html', bare).articles[0]).toMatchObject({ title: 'Putin Meets Choe', published: '2024-01-16', lang: 'en' });
  });
});

describe('parseArticles: records', () => {
  it('reads CSV with Indonesian column names in any case, numbering ids by spreadsheet row', () => {
    const csv = [
      'Judul;Tanggal;Sumber;Tautan;ISI',
      'Putin Sambut Choe;17/01/2024;Medcom;https://medcom.id/a;Presiden Vladimir Putin menyambut Menlu Korut di Moskow.',
      'Lavrov ke Pyongyang;2023-10-18;;https://www.okezone.com/b;"Lavrov tiba di Pyongyang; ia disambut Choe."',
    ].join('\n');
    const { articles, problems } = parseArticles('data/berita.csv', csv, { parseDate: (s) => (s === '17/01/2024' ? '2024-01-17' : null) });
    expect(problems).toEqual([]);
    expect(articles.map(({ text: _t, ...m }) => m)).toEqual([
      { id: 'berita-2', title: 'Putin Sambut Choe', published: '2024-01-17', source: 'Medcom', lang: 'id', file: 'data/berita.csv', url: 'https://medcom.id/a' },
      { id: 'berita-3', title: 'Lavrov ke Pyongyang', published: '2023-10-18', source: 'Okezone.com', lang: 'id', file: 'data/berita.csv', url: 'https://www.okezone.com/b' },
    ]);
    expect(articles[1]!.text).toBe('Lavrov tiba di Pyongyang; ia disambut Choe.');
  });

  it('reports malformed and empty CSV rows and still reads the others', () => {
    const csv = 'id,title,text\na1,Satu,Putin tiba di Moskow.\na2,Dua\na3,Tiga,\na4,Empat,Lavrov menyambut Choe.\na4,Lima,Choe kembali ke Pyongyang.';
    const { articles, problems } = parseArticles('rows.csv', csv);
    expect(articles.map((a) => a.id)).toEqual(['a1', 'a4', 'a4-2']);
    expect(problems).toEqual([
      { file: 'rows.csv', row: 3, message: expect.stringMatching(/too few fields/i) },
      { file: 'rows.csv', row: 4, message: expect.stringMatching(/^no text/) },
    ]);
  });

  it('says which column is missing when a CSV has no text', () => {
    const { articles, problems } = parseArticles('x.csv', 'title,date\nA,2024-01-01');
    expect(articles).toEqual([]);
    expect(problems[0]!.message).toMatch(/no text column \(found: title, date\)/);
  });

  it('reads JSON arrays, {articles: [...]} and single objects', () => {
    const list = JSON.stringify([
      { id: 7, headline: 'Choe Meets Lavrov', published: '2024-01-16', outlet: 'AP', content: 'Choe met Lavrov in Moscow on Tuesday.', language: 'English' },
      { title: 'Tanpa Isi' },
      'not an object',
    ]);
    const parsed = parseArticles('list.json', list);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ id: '7', title: 'Choe Meets Lavrov', published: '2024-01-16', source: 'AP', lang: 'en' });
    expect(parsed.problems.map((p) => [p.row, p.message.slice(0, 7)])).toEqual([
      [2, 'no text'],
      [3, 'not an '],
    ]);

    const wrapped = parseArticles('w.json', JSON.stringify({ articles: [{ text: 'Putin tiba di Pyongyang.' }, { body: 'Kim menyambut Putin.' }] }));
    expect(wrapped.articles.map((a) => a.id)).toEqual(['w-1', 'w-2']);

    const single = parseArticles('one.json', JSON.stringify({ judul: 'Satu Artikel', isi: 'Putin tiba di Pyongyang pada Rabu.', bahasa: 'id' }));
    expect(single.articles[0]).toMatchObject({ id: 'one', title: 'Satu Artikel', lang: 'id' });
  });

  it('reports invalid JSON with its line', () => {
    const { articles, problems } = parseArticles('bad.json', '[\n  {"text": "a"},\n  {"text": "b",}\n]');
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: 'bad.json', row: 3, message: expect.stringMatching(/^invalid JSON/) }]);
  });

  it('reads JSON Lines, reporting bad lines by number', () => {
    const jsonl = [
      '{"id":"x1","text":"Putin tiba di Pyongyang."}',
      '',
      '{"id":"x2","text": broken}',
      '{"id":"x3","title":"Tanpa teks"}',
      '{"text":"Kim menyambut Putin di bandara."}',
    ].join('\n');
    const { articles, problems } = parseArticles('feed.jsonl', jsonl);
    expect(articles.map((a) => a.id)).toEqual(['x1', 'feed-5']);
    expect(problems.map((p) => [p.row, p.message.split(':')[0]])).toEqual([
      [3, 'invalid JSON'],
      [4, 'no text'],
    ]);
  });

  it('reports an unreadable date or language but keeps the article', () => {
    const { articles, problems } = parseArticles('d.jsonl', '{"text":"Putin tiba di Pyongyang.","date":"besok","lang":"fr"}', { parseDate: () => null });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ published: '', lang: 'id' });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/could not read the date "besok"/), expect.stringMatching(/language "fr"/)]);
  });
});

describe('parseArticles: unsupported files', () => {
  it('reports an unknown extension', () => {
    expect(parseArticles('scan.pdf', 'x')).toEqual({
      articles: [],
      problems: [{ file: 'scan.pdf', message: expect.stringMatching(/unsupported file type "\.pdf"/) }],
    });
    expect(parseArticles('README', 'x').problems[0]!.message).toMatch(/^unsupported file type;/);
  });
});
