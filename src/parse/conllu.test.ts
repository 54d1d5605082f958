import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConllu } from './conllu.js';

const mini = readFileSync(new URL('./__fixtures__/mini.conllu', import.meta.url), 'utf8');

describe('CoNLL-U reader', () => {
  it('keeps syntactic words, with 0-based heads and -1 for the root', () => {
    const [first] = readConllu(mini, 'mini.conllu');
    expect(first).toMatchObject({
      words: ['John', 'met', 'Mary', 'in', 'Jakarta', '.'],
      tags: ['PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT'],
      heads: [1, -1, 1, 4, 1, 1],
      labels: ['nsubj', 'root', 'obj', 'case', 'obl', 'punct'],
    });
  });

  it('skips multiword-token lines and empty nodes, and remembers how a token was split', () => {
    const sentences = readConllu(mini, 'mini.conllu');
    expect(sentences).toHaveLength(8);
    expect(sentences[1]!.words).toEqual(['The', 'president', 'did', "n't", 'visit', 'Moscow', '.']);
    expect(sentences[1]!.multiwords).toEqual([{ form: "didn't", start: 2, end: 3 }]);
    expect(sentences[5]!.words).toEqual(['Kim', 'hosted', 'Xi', 'and', 'Putin', '.']); // 5.1 skipped
    expect(sentences[6]!.words.slice(2, 4)).toEqual(['tamu', 'nya']);
  });

  it('reads CRLF files and a last sentence without a blank line after it', () => {
    const text = '1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\r\n2\t!\t!\tPUNCT\t_\t_\t1\tpunct\t_\t_';
    expect(readConllu(text, 'x.conllu')[0]!.heads).toEqual([-1, 0]);
  });

  it('names the file and line of a malformed line', () => {
    expect(() => readConllu('# c\n1\tHi\thi\tINTJ\n', 'bad.conllu')).toThrow(/bad\.conllu:2: expected 10 tab-separated columns/);
    expect(() => readConllu('1\tA\ta\tX\t_\t_\tx\troot\t_\t_\n', 'h.conllu')).toThrow(/h\.conllu:1: bad HEAD "x"/);
    expect(() => readConllu('1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n2\tB\tb\tX\t_\t_\t0\troot\t_\t_\n', 'r.conllu')).toThrow(/exactly one root/);
  });
});
