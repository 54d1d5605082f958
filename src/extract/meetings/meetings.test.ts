// Meetings, events and typed relations from real-looking sentences in both languages.

import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.js';
import { extractArticle } from '../pipeline.js';
import type { Lang } from '../../graph/types.js';

const article = (id: string, text: string, published: string, lang: Lang = 'id') =>
  extractArticle({ id, title: '', published, source: 'test', lang, file: `${id}.txt`, text });

const graphOf = (...articles: ReturnType<typeof article>[]) => buildGraph(articles);

function meetings(graph: ReturnType<typeof graphOf>) {
  return graph
    .filterNodes((_, a) => a.type === 'meeting')
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      const participants = graph
        .inEdges(key)
        .filter((e) => graph.getEdgeAttribute(e, 'type') === 'attends')
        .map((e) => graph.getNodeAttribute(graph.source(e), 'label'))
        .sort();
      return { label: a.label, date: a.date, status: a.status, place: a.place, participants, articles: a.articles };
    });
}

/** A one-person "meeting" is a visits edge: visitor, place, the date of its evidence, and its label (a status unless it happened). */
function visits(graph: ReturnType<typeof graphOf>) {
  return graph
    .filterEdges((_, a) => a.type === 'visits')
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      return { visitor: graph.getNodeAttribute(graph.source(e), 'label'), place: graph.getNodeAttribute(graph.target(e), 'label'), date: a.evidence[0]!.date, label: a.label };
    });
}

describe('meeting cues', () => {
  it('bertemu dengan: a meeting with both people, its place and stated date', () => {
    const g = graphOf(article('a', 'Menteri Luar Negeri Indonesia Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo, Senin (4/3/2024).', '2024-03-05'));
    expect(meetings(g)).toEqual([
      expect.objectContaining({ participants: ['Retno Marsudi', 'Yoko Kamikawa'], date: '2024-03-04', place: 'Tokyo', status: 'happened' }),
    ]);
  });

  it('met: an English meeting on a weekday', () => {
    const g = graphOf(article('b', 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday to discuss aid to Ukraine.', '2024-03-14', 'en'));
    expect(meetings(g)).toEqual([
      expect.objectContaining({ participants: ['Emmanuel Macron', 'Olaf Scholz'], date: '2024-03-12', place: 'Paris' }),
    ]);
  });

  it('menerima kunjungan / menjamu: the host and the guest both attend', () => {
    const g = graphOf(article('c', 'Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Bogor, Rabu (5/6/2024).', '2024-06-05'));
    expect(meetings(g)[0]).toMatchObject({ participants: ['Anthony Albanese', 'Joko Widodo'], date: '2024-06-05' });
  });

  it('mengunjungi: one person alone is a visit to the place, a visits edge and no meeting node', () => {
    const g = graphOf(article('d', 'Perdana Menteri India Narendra Modi mengunjungi Jakarta pada 6 September 2023.', '2023-09-07'));
    expect(meetings(g)).toEqual([]);
    expect(visits(g)).toEqual([{ visitor: 'Narendra Modi', place: 'Jakarta', date: '2023-09-06', label: 'Visits' }]);
    expect(g.filterEdges((_, a) => a.type === 'visits').map((e) => g.target(e))).toEqual(['place:jakarta']);
  });

  it('KTT and summit: one person at it is a visit to where it is held', () => {
    const g = graphOf(article('e', 'Presiden Prabowo Subianto menghadiri KTT G20 di Rio de Janeiro pada 18 November 2024.', '2024-11-19'));
    expect(meetings(g)).toEqual([]);
    expect(visits(g)).toEqual([expect.objectContaining({ visitor: 'Prabowo Subianto', date: '2024-11-18' })]);
  });

  it('delegations stand in when no person is named', () => {
    const g = graphOf(article('f', 'Delegasi Jepang dan China menggelar perundingan di Beijing pada Kamis (7/3/2024).', '2024-03-08'));
    expect(meetings(g)[0]).toMatchObject({ participants: ['China', 'Japan'], date: '2024-03-07', place: 'Beijing' });
  });
});

describe('dates and status', () => {
  it('a meeting recalled in a later story keeps its own past date', () => {
    const g = graphOf(article('g', 'Presiden Rusia Vladimir Putin terakhir mengunjungi Pyongyang pada tahun 2000 untuk bertemu dengan Kim Jong Il.', '2024-01-17'));
    expect(meetings(g)[0]).toMatchObject({ participants: ['Kim Jong Il', 'Vladimir Putin'], date: '2000', place: 'Pyongyang', status: 'happened' });
  });

  it('dijadwalkan / will: planned, and a bare weekday is the coming one', () => {
    const id = graphOf(article('h', 'Menteri Luar Negeri China Wang Yi dijadwalkan tiba di Jakarta pada Jumat.', '2023-07-12'));
    expect(visits(id)).toEqual([{ visitor: 'Wang Yi', place: 'Jakarta', date: '2023-07-14', label: 'planned' }]);
    const en = graphOf(article('i', 'Secretary of State Antony Blinken will visit Manila next week.', '2024-03-14', 'en'));
    expect(visits(en)).toEqual([expect.objectContaining({ visitor: 'Antony Blinken', place: 'Manila', label: 'planned' })]);
  });

  it('the same meeting told in two languages and with different dates is one node', () => {
    const id = article('j1', 'Menlu Retno Marsudi bertemu Menlu Malaysia Mohamad Hasan di Kuala Lumpur, Selasa (16/1).', '2024-01-17');
    const en = article('j2', 'Indonesian Foreign Minister Retno Marsudi met Malaysian Foreign Minister Mohamad Hasan in Kuala Lumpur on Tuesday.', '2024-01-16', 'en');
    const found = meetings(graphOf(id, en));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '2024-01-16', articles: ['j1', 'j2'], participants: ['Mohamad Hasan', 'Retno Marsudi'] });
  });

  it('a follow-up sentence adds to the meeting it points back to', () => {
    const g = graphOf(article('k', 'Presiden Joko Widodo bertemu Presiden Korea Selatan Yoon Suk Yeol di Seoul pada Senin (31/7/2023). Dalam pertemuan tersebut, kedua pemimpin membahas kerja sama pertahanan.', '2023-08-01'));
    const found = meetings(g);
    expect(found).toHaveLength(1);
    const key = g.findNode((_, a) => a.type === 'meeting')!;
    expect(g.getNodeAttribute(key, 'mentions')).toBe(2);
  });

  it('the speaker of the sentence is no participant', () => {
    const g = graphOf(article('l', '"Menlu Sugiono dijadwalkan bertemu dengan Menlu Wang Yi pada Kamis," kata juru bicara Kementerian Luar Negeri Roy Soemirat.', '2024-11-05'));
    expect(meetings(g)[0]!.participants).toEqual(['Sugiono', 'Wang Yi']);
  });
});

describe('typed relations', () => {
  const edges = (g: ReturnType<typeof graphOf>, type: string) =>
    g.filterEdges((_, a) => a.type === type).map((e) => ({ source: g.source(e), target: g.target(e), ...g.getEdgeAttributes(e) }));

  it('an accusation of supply: accuses, and supplies with claimed_by', () => {
    const g = graphOf(article('m', 'Ukraina menuduh Iran memasok drone Shahed ke Rusia.', '2023-10-23'));
    expect(edges(g, 'accuses').map((e) => [e.source, e.target])).toEqual([['country:ukraine', 'country:iran']]);
    const supply = edges(g, 'supplies').find((e) => e.target === 'country:russia');
    expect(supply).toMatchObject({ source: 'country:iran', claimed_by: ['country:ukraine'] });
  });

  it('a denial: denies edges to the accusers and denied_by on the claim', () => {
    const g = graphOf(article('n', 'Ukraina menuduh Iran memasok drone ke Rusia. Iran dan Rusia membantah tuduhan pengiriman drone Iran ke Rusia.', '2023-10-23'));
    const denies = edges(g, 'denies').map((e) => [e.source, e.target]).sort();
    expect(denies).toEqual([['country:iran', 'country:ukraine'], ['country:russia', 'country:ukraine']]);
    const supply = edges(g, 'supplies').find((e) => e.source === 'country:iran' && e.target === 'country:russia');
    expect(supply?.denied_by).toEqual(['country:iran', 'country:russia']);
    expect(supply?.claimed_by).toEqual(['country:ukraine']);
  });

  it('attribution in English: "according to" names who claims the supply', () => {
    const g = graphOf(article('o', 'The United States has supplied Israel with artillery shells since October, according to Pentagon officials.', '2024-02-13', 'en'));
    const supply = edges(g, 'supplies').find((e) => e.source === 'country:united-states');
    expect(supply).toBeDefined();
  });

  it('tests: a missile test is an event with the country and the weapon', () => {
    const g = graphOf(article('p', 'Korea Utara melakukan uji coba rudal balistik antarbenua pada Senin (18/12/2023).', '2023-12-19'));
    const event = g.findNode((_, a) => a.type === 'event');
    expect(event).toBeDefined();
    expect(g.getNodeAttributes(event!)).toMatchObject({ kind: 'test', date: '2023-12-18', status: 'happened' });
    expect(edges(g, 'tests').map((e) => e.source)).toContain('country:north-korea');
  });

  it('condemns', () => {
    const g = graphOf(article('q', 'Jepang mengecam Korea Utara atas peluncuran rudal balistik tersebut.', '2023-12-19'));
    expect(edges(g, 'condemns').map((e) => [e.source, e.target])).toEqual([['country:japan', 'country:north-korea']]);
  });

  it('invites: "atas undangan" names the host', () => {
    const g = graphOf(article('r', 'Menteri Luar Negeri Korea Utara Choe Son Hui akan mengunjungi Rusia atas undangan Menteri Luar Negeri Sergei Lavrov.', '2024-01-15'));
    expect(edges(g, 'invites').map((e) => [e.source, e.target])).toEqual([['person:sergei-lavrov', 'person:choe-son-hui']]);
  });
});

describe('meeting precision: calls, possessors, anaphora, headlines, undated plans', () => {
  it('a phone call is no meeting, and ends the clause of the meeting told before it', () => {
    const g = graphOf(
      article(
        'p1',
        'Foreign Minister Penny Wong, who met Secretary of State Antony Blinken in Tokyo last month, spoke by phone on Monday with Japanese Foreign Minister Yoko Kamikawa.',
        '2024-03-14',
        'en',
      ),
      article('p2', 'Presiden Joko Widodo dan Presiden Prancis Emmanuel Macron melakukan pembicaraan melalui telepon pada Senin (11/3/2024).', '2024-03-12'),
    );
    expect(meetings(g)).toEqual([expect.objectContaining({ participants: ['Antony Blinken', 'Penny Wong'], date: '2024-02', place: 'Tokyo' })]);
  });

  it("a possessor is no participant ('Biden's predecessor'), a possessive pronoun before the cue is", () => {
    const g = graphOf(
      article('q', "Biden's predecessor, Donald Trump, visited Seoul last May. President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on Friday, hours before his talks with Chinese Premier Li Qiang.", '2024-03-16', 'en'),
    );
    const found = meetings(g).map((m) => [m.participants.join(' + '), m.date]);
    expect(visits(g)).toContainEqual(expect.objectContaining({ visitor: 'Donald Trump', date: '2023-05' }));
    expect(found).toContainEqual(['Fumio Kishida + Yoon Suk Yeol', '2024-03-15']);
    expect(found).toContainEqual(['Li Qiang + Yoon Suk Yeol', '2024-03-15']);
  });

  it('"kedua pemimpin" names the people of the meeting or call told before, at its own date', () => {
    const g = graphOf(
      article(
        'r',
        'Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor, Senin (8/1/2024). Menurut juru bicara, kedua pemimpin terakhir bertemu di Kuala Lumpur pada Juni 2023.',
        '2024-01-09',
      ),
    );
    const found = meetings(g).map((m) => [m.participants.join(' + '), m.date]);
    expect(found).toEqual(expect.arrayContaining([['Anwar Ibrahim + Joko Widodo', '2024-01-08'], ['Anwar Ibrahim + Joko Widodo', '2023-06']]));
    expect(found).toHaveLength(2);
  });

  it('a headline joins the meeting the story tells; a lone name in it makes none', () => {
    const text = 'Scholz Meets Biden at the White House\n\nGerman Chancellor Olaf Scholz met President Joe Biden in Washington on Friday.';
    const a = extractArticle({ id: 'h', title: 'Scholz Meets Biden at the White House', published: '2024-03-09', source: 'test', lang: 'en', file: 'h.txt', text });
    expect(meetings(graphOf(a))).toEqual([expect.objectContaining({ participants: ['Joe Biden', 'Olaf Scholz'], date: '2024-03-08' })]);
  });

  it('who sent a deputy did not attend; separate meetings are one each', () => {
    const g = graphOf(
      article('s', 'KTT G20 tidak dihadiri Presiden Rusia Vladimir Putin, yang mengutus Menteri Luar Negeri Sergei Lavrov.', '2023-09-10'),
      article('t', 'He later held separate meetings with Senator Chuck Schumer and with Speaker Mike Johnson on Thursday. ', '2024-03-09', 'en'),
    );
    for (const m of meetings(g)) expect(m.participants).not.toContain('Vladimir Putin');
  });

  it('a planned meeting the text gives no date for has none', () => {
    const g = graphOf(article('u', 'Presiden Prancis Emmanuel Macron berencana berkunjung ke Jakarta untuk bertemu Presiden Joko Widodo.', '2024-03-12'));
    const [m] = meetings(g);
    expect(m).toMatchObject({ status: 'planned', place: 'Jakarta' });
    expect(m!.date).toBeUndefined();
  });
});

describe('meetings of the r3- round', () => {
  it('diterima X: received by someone named is a meeting; "kala itu" takes the time of the sentence before', () => {
    const g = graphOf(
      article(
        'r',
        'Lawatan ini merupakan tindak lanjut kunjungan Presiden Prabowo Subianto ke Jeddah pada Juli 2025. ' +
          'Kala itu Prabowo diterima Putra Mahkota Mohammed bin Salman di Istana Al-Salam dan kedua pemimpin sepakat membentuk dewan koordinasi.',
        '2025-11-05',
      ),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Mohammed bin Salman', 'Prabowo Subianto'], date: '2025-07' }));
  });

  it('"usulan itu diterima" is no meeting', () => {
    const g = graphOf(article('u', 'Usulan pemerintah itu diterima dengan baik oleh seluruh fraksi di Jakarta, Selasa (4/11).', '2025-11-05'));
    expect(meetings(g)).toEqual([]);
  });

  it('"is expected to host" a named guest is a planned meeting', () => {
    const g = graphOf(
      article('h', 'Prime Minister Keir Starmer is expected to host the Polish prime minister, Donald Tusk, in London next month to sign a treaty, officials said.', '2025-10-23', 'en'),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Donald Tusk', 'Keir Starmer'], status: 'planned', place: 'London' }));
  });
});

describe('a planned meeting in a month without a year', () => {
  it('is the coming month, not last year’s', () => {
    const g = graphOf(article('m', 'Komisioner Uni Eropa Maros Sefcovic dijadwalkan berkunjung ke Jakarta pada November untuk menyelesaikan perundingan.', '2025-09-26'));
    expect(visits(g)).toEqual([{ visitor: 'Maros Sefcovic', place: 'Jakarta', date: '2025-11', label: 'planned' }]);
  });
  it('a month told as past stays in its year', () => {
    const g = graphOf(article('p', 'Menteri Luar Negeri Sugiono bertemu Penny Wong di Jakarta pada November.', '2025-09-26'));
    expect(meetings(g)).toEqual([expect.objectContaining({ date: '2024-11', status: 'happened' })]);
  });
});

describe('relative clauses, counted groups, cataphora and happenings told before', () => {
  it('"travels to Vilnius, where he is due to meet …": the pronoun, the place before "where" and the time of the main clause', () => {
    const g = graphOf(
      article(
        'w1',
        'Japanese Defence Minister Gen Nakatani arrived in Manila on Monday for talks. The minister travels on Thursday to Hanoi, where he is due to meet Vietnam\'s defence minister, Phan Van Giang.',
        '2025-06-02',
        'en',
      ),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Gen Nakatani', 'Phan Van Giang'], date: '2025-06-05', place: 'Hanoi', status: 'planned' }));
  });

  it('"ke Seoul, di mana ia akan bertemu …": the same in Indonesian', () => {
    const g = graphOf(
      article('w2', 'Menteri Luar Negeri Sugiono tiba di Tokyo pada Senin (2/6/2025). Sugiono bertolak ke Seoul pada Rabu, di mana ia akan bertemu Menteri Luar Negeri Korea Selatan Cho Tae-yul.', '2025-06-02'),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Cho Tae-yul', 'Sugiono'], place: 'Seoul', status: 'planned', date: '2025-06-04' }));
  });

  it('"the three officials later received …": the three named before and the guest', () => {
    const g = graphOf(
      article(
        'g1',
        'Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan in Arusha on Friday. The three leaders later received a rebel delegation led by Corneille Nangaa.',
        '2025-03-08',
        'en',
      ),
    );
    expect(meetings(g).map((m) => m.participants)).toContainEqual(['Corneille Nangaa', 'Samia Suluhu Hassan', 'William Ruto', 'Yoweri Museveni']);
  });

  it('a group that counts more people than the last meeting had is not that meeting\'s people', () => {
    const g = graphOf(
      article('g2', 'Perdana Menteri Anwar Ibrahim bertemu Presiden Ferdinand Marcos Jr di Manila, Senin (3/3/2025). Ketiga menteri kemudian menerima delegasi yang dipimpin Lee Jae-myung.', '2025-03-04'),
    );
    const received = meetings(g).find((m) => m.participants.includes('Lee Jae-myung'));
    expect(received?.participants ?? []).not.toContain('Anwar Ibrahim');
  });

  it('"During his visit, X also met Y": the possessor is X, not someone named earlier', () => {
    const g = graphOf(
      article(
        'c1',
        'The visit follows talks hosted by Turkish President Recep Tayyip Erdogan last year. During his visit, Kenyan President William Ruto also met the head of the African Union Commission, Mahmoud Ali Youssouf.',
        '2025-09-17',
        'en',
      ),
    );
    expect(meetings(g).map((m) => m.participants)).toContainEqual(['Mahmoud Ali Youssouf', 'William Ruto']);
    expect(meetings(g).map((m) => m.participants)).not.toContainEqual(expect.arrayContaining(['Recep Tayyip Erdogan', 'William Ruto']));
  });

  it('"days after the strike": the month of the strike told before, not the article\'s day', () => {
    const g = graphOf(
      article(
        'd1',
        'An Israeli strike on a compound in Beirut in August killed a senior commander. French President Emmanuel Macron hosted Lebanese Prime Minister Nawaf Salam at the Elysee days after the strike.',
        '2025-10-07',
        'en',
      ),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Emmanuel Macron', 'Nawaf Salam'], date: '2025-08' }));
  });

  it('"beberapa hari setelah serangan itu": the same in Indonesian', () => {
    const g = graphOf(
      article(
        'd2',
        'Serangan rudal ke Kyiv pada Juli menewaskan puluhan warga. Presiden Volodymyr Zelensky menerima Kanselir Jerman Friedrich Merz di Kyiv beberapa hari setelah serangan itu.',
        '2025-10-07',
      ),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Friedrich Merz', 'Volodymyr Zelensky'], date: '2025-07' }));
  });
});

describe('titles for people, object pronouns, demonyms, and days set by the story', () => {
  it('"The prime minister held talks with …": the person told before, by title when one has it', () => {
    const g = graphOf(
      article(
        't1',
        'Japanese Prime Minister Shigeru Ishiba landed in Manila on Monday. Philippine officials welcomed the visit. The prime minister held talks with President Ferdinand Marcos Jr at Malacanang on Tuesday.',
        '2025-04-30',
        'en',
      ),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Ferdinand Marcos Jr', 'Shigeru Ishiba'], date: '2025-04-29' }));
  });

  it('a titled subject followed by the name in apposition is that name, not someone told before', () => {
    const g = graphOf(
      article('t2', 'Anthony Albanese arrived in Suva on Monday. The Fijian prime minister, Sitiveni Rabuka, is due to sit down with Albanese on Tuesday.', '2025-09-08', 'en'),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Anthony Albanese', 'Sitiveni Rabuka'], date: '2025-09-09', status: 'planned' }));
  });

  it('"… where President X hosted him": the object pronoun is the traveller, at the place before "where"', () => {
    const g = graphOf(
      article('o1', 'Indian Foreign Minister Subrahmanyam Jaishankar flew to Nairobi, where President William Ruto hosted him on Friday.', '2025-06-14', 'en'),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Subrahmanyam Jaishankar', 'William Ruto'], date: '2025-06-13', place: 'Nairobi' }));
  });

  it('a demonym before a title ("Costa Rican President …") is no participant', () => {
    const g = graphOf(article('n1', 'Brazilian President Luiz Inacio Lula da Silva met Costa Rican President Rodrigo Chaves in Brasilia on Monday.', '2025-05-06', 'en'));
    expect(meetings(g)).toEqual([expect.objectContaining({ participants: ['Luiz Inacio Lula da Silva', 'Rodrigo Chaves'] })]);
  });

  it('"Usai pertemuan itu, …" and "Sore harinya, …": the day of the meeting told before', () => {
    const g = graphOf(
      article(
        'u1',
        'Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Turki Hakan Fidan di Ankara, Kamis (6/11/2025). Usai pertemuan itu, Sugiono melakukan kunjungan kehormatan kepada Presiden Recep Tayyip Erdogan. Sore harinya, Sugiono diterima Ketua Parlemen Numan Kurtulmus.',
        '2025-11-07',
      ),
    );
    const found = meetings(g);
    expect(found).toContainEqual(expect.objectContaining({ participants: ['Recep Tayyip Erdogan', 'Sugiono'], date: '2025-11-06' }));
    expect(found).toContainEqual(expect.objectContaining({ participants: ['Numan Kurtulmus', 'Sugiono'], date: '2025-11-06' }));
  });

  it('"Sehari sebelumnya, …": the day before the day the story was telling, not before publication', () => {
    const g = graphOf(
      article(
        's1',
        'Prabowo menghadiri parade Hari Nasional Prancis di Paris pada 14 Juli 2025. Sehari sebelumnya, Prabowo bertemu Presiden Emmanuel Macron di Istana Elysee.',
        '2025-11-20',
      ),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Emmanuel Macron', 'Prabowo'], date: '2025-07-13' }));
  });

  it('"merupakan tindak lanjut pertemuan …": the follow-up and the meeting it follows are two meetings', () => {
    const g = graphOf(
      article(
        'f1',
        'Kunjungan Menlu Sugiono ke Canberra merupakan tindak lanjut pertemuan Presiden Prabowo Subianto dengan Perdana Menteri Anthony Albanese di Jakarta pada Mei lalu.',
        '2025-08-12',
      ),
    );
    const found = meetings(g);
    expect(found).toContainEqual(expect.objectContaining({ participants: ['Anthony Albanese', 'Prabowo Subianto'], date: '2025-05' }));
    expect(found.some((m) => m.participants.includes('Sugiono') && m.participants.includes('Anthony Albanese'))).toBe(false);
  });
});

describe('second verbs, fronted times, named occasions and short surnames', () => {
  it('"will fly to Canberra on Sunday and meet Albanese … on Monday": the meeting takes the date after its verb', () => {
    const g = graphOf(article('v1', 'Indonesian President Prabowo Subianto will fly to Canberra on Sunday and meet Prime Minister Anthony Albanese at Parliament House on Monday.', '2025-11-12', 'en'));
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Anthony Albanese', 'Prabowo Subianto'], date: '2025-11-17', status: 'planned' }));
  });

  it('"On Tuesday morning, before the summit opened, Li held separate talks with A and B": two meetings on Tuesday, each with Li', () => {
    const g = graphOf(
      article(
        'v2',
        'Chinese Premier Li Qiang arrived in Kuala Lumpur on Sunday. On Tuesday morning, before the summit opened, Li held separate talks with Anwar Ibrahim and Hun Manet, state media reported.',
        '2025-10-29',
        'en',
      ),
    );
    const found = meetings(g).map((m) => ({ participants: m.participants, date: m.date }));
    expect(found).toContainEqual({ participants: ['Anwar Ibrahim', 'Li Qiang'], date: '2025-10-28' });
    expect(found).toContainEqual({ participants: ['Hun Manet', 'Li Qiang'], date: '2025-10-28' });
  });

  it('"Usai pertemuan 2+2, …": the day of the meeting told with those words, not the last one told', () => {
    const g = graphOf(
      article(
        'v3',
        'Menlu Sugiono dan Menhan Sjafrie Sjamsoeddin menggelar pertemuan 2+2 dengan Menlu Australia Penny Wong dan Menhan Richard Marles di Canberra, Kamis (4/9/2025). Sehari sebelumnya, Sjafrie sudah bertemu Marles di Sydney, Rabu (3/9). Usai pertemuan 2+2, Sugiono dan Sjafrie melakukan kunjungan kehormatan kepada Perdana Menteri Anthony Albanese.',
        '2025-09-05',
      ),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Anthony Albanese', 'Sjafrie Sjamsoeddin', 'Sugiono'], date: '2025-09-04' }));
  });
});

describe('guests told in other shapes', () => {
  it('"…, where he was received by the Saudi crown prince, Mohammed bin Salman": the passive host in apposition, at the place before "where"', () => {
    const g = graphOf(
      article('r1', 'Pakistani Prime Minister Shehbaz Sharif visited Riyadh in March, where he was received by the Saudi crown prince, Mohammed bin Salman.', '2025-05-02', 'en'),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Mohammed bin Salman', 'Shehbaz Sharif'], date: '2025-03', place: 'Riyadh' }));
  });

  it('"menerima jajaran direksi PT Pindad": a body received is the other side; "welcomed China\'s role" is no reception', () => {
    const g = graphOf(
      article('r2', 'Menteri Pertahanan Sjafrie Sjamsoeddin menerima jajaran direksi PT Pindad di Jakarta, Senin (3/11/2025).', '2025-11-04'),
      article('r3', 'Russian officials have largely welcomed China\'s role in the region.', '2025-06-17', 'en'),
    );
    const found = meetings(g);
    expect(found).toEqual([expect.objectContaining({ participants: ['Pindad', 'Sjafrie Sjamsoeddin'], date: '2025-11-03' })]);
  });
});

describe('calls about talks, pronoun pairs, relatives of plan, particles, and pairs named before', () => {
  it('"spoke by phone with X to brief him on the talks" is a call, not a meeting', () => {
    const g = graphOf(article('k1', 'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani later spoke by phone with Egyptian Foreign Minister Badr Abdelatty to brief him on the talks.', '2025-05-10', 'en'));
    expect(meetings(g)).toEqual([]);
  });

  it('"he said he and X would meet again next Saturday": the speaker and X', () => {
    const g = graphOf(
      article('k2', 'Russian negotiator Vladimir Medinsky spoke to reporters after the session. He said he and Rustem Umerov would meet again next Saturday.', '2025-05-16', 'en'),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ participants: ['Rustem Umerov', 'Vladimir Medinsky'], status: 'planned', date: '2025-05-17' }));
  });

  it('"… persiapan pertemuan 2+2 yang akan digelar di Tokyo": a meeting planned by the relative after the cue', () => {
    const g = graphOf(
      article('k3', 'Kedua menteri luar negeri, Sugiono dan Takeshi Iwaya, membahas persiapan Pertemuan Tingkat Menteri 2+2 yang akan digelar di Tokyo akhir tahun ini.', '2025-03-04'),
    );
    expect(meetings(g)).toContainEqual(expect.objectContaining({ status: 'planned', place: 'Tokyo' }));
  });

  it('"Abdel Fattah el-Sisi" is "Sisi" later in the story', () => {
    const g = graphOf(
      article('k4', 'Presiden Prabowo Subianto tiba di Kairo untuk KTT D-8 yang dipimpin Presiden Mesir Abdel Fattah el-Sisi, Kamis (19/12/2024). Sisi menyambut Prabowo di istana kepresidenan.', '2024-12-20'),
    );
    expect(meetings(g).map((m) => m.participants)).toContainEqual(expect.arrayContaining(['Abdel Fattah el-Sisi', 'Prabowo Subianto']));
    expect(g.hasNode('person:sisi')).toBe(false);
  });

  it('"kedua pemimpin menggelar pertemuan" with no meeting told yet: the two the sentence before names', () => {
    const g = graphOf(
      article(
        'k5',
        'Presiden Prabowo Subianto dan Perdana Menteri Selandia Baru Christopher Luxon menandatangani kemitraan strategis di Istana Merdeka, Jakarta, Senin (3/11/2025). Penandatanganan dilakukan usai kedua pemimpin menggelar pertemuan tertutup selama satu jam.',
        '2025-11-04',
      ),
    );
    expect(meetings(g).map((m) => m.participants)).toContainEqual(['Christopher Luxon', 'Prabowo Subianto']);
  });
});
