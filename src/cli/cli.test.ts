// End to end: the `newsgraph` command as a user runs it.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticlesJson, sentenceText } from '../graph/articles.js';
import { fromJson } from '../graph/json.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/newsgraph.js');
const OUTPUTS = ['articles.json', 'edges.csv', 'graph.gexf', 'graph.json', 'nodes.csv'];

const run = (args: string[], input?: string) =>
  spawnSync('node', [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
const tempDir = () => mkdtempSync(join(tmpdir(), 'newsgraph-'));
const readOutputs = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('newsgraph extract', () => {
  const out = tempDir();
  const first = run(['extract', 'seeds', '--out', out]);

  it('builds every graph file from the seeds and prints a summary', () => {
    expect(first.status, first.stderr).toBe(0);
    // Besides the outputs, only the hidden extraction cache.
    expect(readdirSync(out).sort()).toEqual(['.cache', ...OUTPUTS]);
    expect(first.stdout).toMatch(/Read 5 articles from 5 file\(s\); 0 file\(s\) skipped/);
    expect(first.stdout).toMatch(/Nodes: \d+ \(person \d+, country \d+, place \d+, organization \d+, media \d+, weapon \d+, meeting \d+, event \d+\)/);
    expect(first.stdout).toMatch(/Edges: \d+ \(co_mention \d+, role \d+, located_in \d+, attends \d+, held_in \d+/);
  });

  it('writes byte-identical files on every run', () => {
    const again = tempDir();
    expect(run(['extract', 'seeds', '--out', again]).status).toBe(0);
    expect(readOutputs(again)).toEqual(readOutputs(out));
  });

  it('matches the graph committed in graph/ (rebuild it with `npm run extract` when this fails)', () => {
    expect(readOutputs(join(ROOT, 'graph'))).toEqual(readOutputs(out));
  });

  it("writes articles.json: every article's cleaned text with mentions on graph nodes", () => {
    const graph = fromJson(readFileSync(join(out, 'graph.json'), 'utf8'));
    const { articles } = parseArticlesJson(readFileSync(join(out, 'articles.json'), 'utf8'));
    expect(articles.map((a) => a.id)).toEqual(graph.getAttribute('articles').map((a) => a.id));
    const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const { id, text, mentions } of articles) {
      expect(mentions.length, id).toBeGreaterThan(0);
      for (const [i, m] of mentions.entries()) {
        expect(graph.hasNode(m.node), `${id} ${m.node}`).toBe(true);
        expect(graph.getNodeAttribute(m.node, 'aliases'), `${id} ${m.node}`).toContain(normalise(text.slice(m.start, m.end)));
        expect(graph.getNodeAttribute(m.node, 'articles'), `${id} ${m.node}`).toContain(id);
        if (i > 0) expect(m.start, id).toBeGreaterThanOrEqual(mentions[i - 1]!.start);
      }
    }
    // Every evidence reference points at a sentence of its article; the sentences lie in order
    // inside the text, and every mention of a node on the edge is in the sentence that backs it.
    const texts = new Map(articles.map((a) => [a.id, a]));
    for (const { id, text, sentences } of articles) {
      expect(sentences.length, id).toBeGreaterThan(0);
      sentences.forEach(([start, end], i) => {
        expect(start, id).toBeLessThan(end);
        if (i > 0) expect(start, id).toBeGreaterThanOrEqual(sentences[i - 1]![1]);
        expect(text.slice(start, end).trim(), id).toBe(text.slice(start, end));
      });
    }
    graph.forEachEdge((_, a, source, target) => {
      if (a.type !== 'co_mention') return;
      for (const e of a.evidence) {
        const sentence = sentenceText(texts, e);
        expect(sentence, `${e.article} #${e.sentence}`).toBeDefined();
        const [start, end] = texts.get(e.article)!.sentences[e.sentence]!;
        const inside = texts.get(e.article)!.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.node);
        // A role's owner named only inside a title has no mention of its own (see README).
        for (const node of [source, target]) if (graph.getNodeAttribute(node, 'type') === 'person') expect(inside, sentence).toContain(node);
      }
    });
  });

  it("keeps boilerplate in articles.json's removed blocks, out of the text", () => {
    const { articles } = parseArticlesJson(readFileSync(join(out, 'articles.json'), 'utf8'));
    const seed = articles.find((a) => a.id === '003-2f8d2744cd0c9b41')!;
    expect(seed.text).not.toMatch(/Baca juga/i);
    const readAlso = seed.removed.filter((r) => /^Baca juga:/.test(r.text));
    expect(readAlso.length).toBeGreaterThanOrEqual(2);
    expect(readAlso.map((r) => r.text).join('\n')).toContain('Kirim 1.000 Kontainer Militer ke Rusia');
    for (const r of readAlso) expect(r.reason).toBe('read-also link');
  });

  it('writes a GEXF that passes the independent GEXF check', () => {
    const checker = resolve(ROOT, '../shared/gexf/check-gexf');
    expect(existsSync(checker), `GEXF checker not found at ${checker}`).toBe(true);
    const result = spawnSync(checker, ['--tolerate-xsd-viz', join(out, 'graph.gexf')], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('re-extracts only new articles from its cache, with the files of a cold run on worker threads', () => {
    // Seeds plus copies with one more paragraph under the same names in another folder: enough
    // articles that both workers get some, and ids made unique across files (000-… and 000-…-2).
    const dir = tempDir();
    mkdirSync(join(dir, 'more'));
    for (const [i, name] of readdirSync(join(ROOT, 'seeds')).entries()) {
      const text = readFileSync(join(ROOT, 'seeds', name), 'utf8');
      writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, 'more', name), `${text}\n\nMenteri Luar Negeri Retno Marsudi bertemu Sergei Lavrov di Jakarta pada Selasa (${i + 10}/1).\n`);
    }
    const single = tempDir();
    const one = run(['extract', dir, '--out', single, '--jobs', '1']);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/Extracted 10, from cache 0; 1 job\n/);

    // One article more: only it is extracted…
    writeFileSync(join(dir, 'added.txt'), readFileSync(join(ROOT, 'src/extract/__fixtures__/unseen/id-gempa.txt')));
    const warm = run(['extract', dir, '--out', single, '--jobs', '1']);
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stdout).toMatch(/Extracted 1, from cache 10; 1 job/);

    // …and the files are those of a cold run on two worker threads.
    const threaded = tempDir();
    const two = run(['extract', dir, '--out', threaded, '--jobs', '2', '--no-cache']);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toMatch(/Extracted 11, from cache 0 \(cache off\); 2 jobs/);
    expect(existsSync(join(threaded, '.cache'))).toBe(false);
    expect(readOutputs(threaded)).toEqual(readOutputs(single));
    expect(readFileSync(join(single, 'graph.json'), 'utf8')).toContain('"id":"000-20593dcf4bd0bbb8-2"');
    // Three runs, two of them starting worker threads: slow on a busy machine.
  }, 180_000);

  it('drops cache entries written by another extractor version', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(ROOT, 'seeds/004_6e9a77bcbcb90964.txt')));
    const outDir = tempDir();
    const stale = join(outDir, '.cache', '0000000000000000');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'entry.json'), '{}');
    const result = run(['extract', dir, '--out', outDir, '--jobs', '1', '--timings']);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(join(outDir, '.cache'))).toHaveLength(1);
    expect(result.stderr).toMatch(/mentions\s+\d+\.\d\d s/);
  });

  it('explains what cleaning removed', () => {
    const result = run(['extract', 'seeds', '--out', tempDir(), '--explain']);
    expect(result.stdout).toMatch(/003-2f8d2744cd0c9b41 \(seeds\/003_2f8d2744cd0c9b41\.txt\): removed \d+ block/);
    expect(result.stdout).toContain('Netanyahu');
  });

  it('reports bad files by name, reads the good ones and Latin-1 with a notice, and exits 0', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), readFileSync(join(ROOT, 'seeds/004_6e9a77bcbcb90964.txt')));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Presiden Fran\xe7ois Hollande tiba di Jakarta.', 'latin1'));
    writeFileSync(join(dir, 'broken.json'), '{"title": "x", "text": ');
    writeFileSync(join(dir, 'ragged.csv'), 'title,date,text\n"Unclosed,2024-01-01,"Menlu bertemu\n');
    const outDir = tempDir();
    const result = run(['extract', dir, '--out', outDir]);
    expect(result.status, result.stderr).toBe(0);
    for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'broken.json', 'ragged.csv'])
      expect(result.stderr).toContain(join(dir, name));
    expect(result.stderr).toMatch(/empty/i);
    expect(result.stderr).toMatch(/latin1\.txt.*not UTF-8.*read as Windows-1252/);
    expect(result.stderr).toMatch(/binary\.txt.*binary file/);
    const graph = fromJson(readFileSync(join(outDir, 'graph.json'), 'utf8'));
    expect(graph.getAttribute('articles').map((a) => a.id).sort()).toEqual(['good', 'latin1']);
    expect(graph.filterNodes((_, a) => a.label === 'François Hollande')).toHaveLength(1);
  });

  it('exits non-zero and writes nothing when no article can be read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const outDir = join(tempDir(), 'out');
    const result = run(['extract', dir, '--out', outDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('empty.txt');
    expect(existsSync(outDir)).toBe(false);
  });

  it('rejects unknown options with the usage', () => {
    const result = run(['extract', '--nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage:/);
  });
});

describe('newsgraph mentions', () => {
  it('answers one JSON line per input line with exact offsets', () => {
    const texts = [
      { id: 'a', text: 'Presiden Rusia Vladimir Putin menyambut Menlu Korea Utara Choe Son-hui di Moskow.' },
      { id: 'b', text: 'Russian Foreign Minister Sergei Lavrov flew to Pyongyang on Wednesday.' },
    ];
    const stdout = execFileSync('node', [BIN, 'mentions'], {
      cwd: ROOT,
      input: texts.map((t) => JSON.stringify(t)).join('\n'),
      encoding: 'utf8',
    });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    lines.forEach((line, i) => {
      for (const m of line.mentions) expect(texts[i]!.text.slice(m.start, m.end)).toBe(m.text);
    });
    const found = (i: number) => lines[i].mentions.map((m: { type: string; text: string }) => `${m.type}:${m.text}`);
    expect(found(0)).toEqual(
      expect.arrayContaining(['country:Rusia', 'person:Vladimir Putin', 'country:Korea Utara', 'person:Choe Son-hui', 'place:Moskow']),
    );
    expect(found(1)).toEqual(expect.arrayContaining(['person:Sergei Lavrov', 'place:Pyongyang']));
  });

  it('reports a bad line on stderr and goes on', () => {
    const result = run(['mentions', '--lang', 'id'], 'not json\n{"id":"x","text":"Joko Widodo tiba di Surabaya."}\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('line 1');
    expect(JSON.parse(result.stdout.trim()).id).toBe('x');
  });
});

describe('newsgraph extract --corrections', () => {
  it('applies a corrections file and names each correction whose node the graph does not have', () => {
    const dir = tempDir();
    const file = join(dir, 'corrections.json');
    const graph = fromJson(readFileSync(join(ROOT, 'graph/graph.json'), 'utf8'));
    const [a, b] = graph.filterNodes((_n, attrs) => attrs.type === 'person');
    writeFileSync(
      file,
      JSON.stringify({
        corrections: [
          { op: 'merge', key: a, into: b, at: '2026-01-01T00:00:00Z' },
          { op: 'delete', key: 'person:gone', at: '2026-01-01T00:00:00Z' },
        ],
      }),
    );
    const result = run(['extract', 'seeds', '--out', join(dir, 'out'), '--corrections', file, '--no-cache']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${file}: correction 2 (delete person:gone) not applied: no node person:gone in this graph`);
    expect(result.stdout).toContain(`Corrections: 1 of 2 applied from ${file}`);
    const corrected = fromJson(readFileSync(join(dir, 'out/graph.json'), 'utf8'));
    expect(corrected.hasNode(a!)).toBe(false);
    expect(corrected.getNodeAttribute(b!, 'aliases')).toEqual(expect.arrayContaining([graph.getNodeAttribute(a!, 'label'), graph.getNodeAttribute(b!, 'label')]));
    const texts = parseArticlesJson(readFileSync(join(dir, 'out/articles.json'), 'utf8'));
    expect(texts.articles.flatMap((t) => t.mentions).some((m) => m.node === a)).toBe(false);
  });

  it('refuses a corrections file it cannot read, naming it, before writing anything', () => {
    const dir = tempDir();
    const file = join(dir, 'corrections.json');
    writeFileSync(file, '{"corrections": [{"op": "explode"}]}');
    const result = run(['extract', 'seeds', '--out', join(dir, 'out'), '--corrections', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}: corrections[0].op should be one of merge, rename, retype, delete, reject`);
    expect(existsSync(join(dir, 'out/graph.json'))).toBe(false);
  });
});

describe('newsgraph extract --format', () => {
  it('writes the formats asked for, FollowTheMoney among them, and refuses an unknown one', () => {
    const dir = tempDir();
    const result = run(['extract', 'seeds', '--out', dir, '--format', 'json,graphml,ftm']);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(['articles.json', 'graph.ftm.jsonl', 'graph.graphml', 'graph.json']);
    const first = JSON.parse(readFileSync(join(dir, 'graph.ftm.jsonl'), 'utf8').split('\n')[0]!);
    expect(first).toHaveProperty('schema');
    const bad = run(['extract', 'seeds', '--out', tempDir(), '--format', 'json,pdf']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format takes a list of json, gexf, csv, graphml, ftm');
  });
});
