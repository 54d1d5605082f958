import { describe, expect, it } from 'vitest';
import { bestEvidence, parseArticlesJson, sentenceText, toArticlesJson } from './articles.js';
import { sortKeysDeep } from './json.js';
import type { ArticlesFile } from './types.js';

// Offsets are UTF-16 code units: the emoji before "Kim" makes that visible.
const TEXT = '🇰🇵 Kim Jong Un bertemu Putin di Vostochny.\n\n<script>alert(1)</script> "Jakarta"';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

const fixture = (): ArticlesFile => ({
  articles: [
    {
      id: 'b',
      text: TEXT,
      sentences: [[0, TEXT.indexOf('\n')], [TEXT.indexOf('<script>'), TEXT.length]],
      removed: [
        { text: 'Baca juga: Putin ke Pyongyang', reason: 'read-also link' },
        { text: 'Foto: AP', reason: 'photo caption' },
      ],
      mentions: [
        { ...at('Putin'), node: 'person:vladimir-putin' },
        { ...at('Kim Jong Un'), node: 'person:kim-jong-un' },
        { ...at('Vostochny'), node: 'place:vostochny' },
      ],
    },
    { id: 'a', text: '', sentences: [], removed: [], mentions: [] },
  ],
});

describe('toArticlesJson', () => {
  it('writes, piece by piece, what JSON.stringify gives for the sorted file', () => {
    for (const data of [fixture(), { articles: [] }]) {
      const articles = [...data.articles]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((a) => ({ ...a, mentions: [...a.mentions].sort((x, y) => x.start - y.start || x.end - y.end) }));
      const text = toArticlesJson(data);
      expect(`${text.slice(0, -1).replace(/\n/g, '')}\n`).toBe(`${JSON.stringify(sortKeysDeep({ articles }))}\n`);
      expect(text.split('\n').length - 1).toBe(1 + articles.length + (articles.length ? 1 : 0));
    }
  });

  it('sorts articles by id, mentions by offset and keys, puts an article a line and ends with a newline', () => {
    const text = toArticlesJson(fixture());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[0]).toBe('{"articles":[');
    expect(text.split('\n')[1]).toMatch(/^\{"id":"a",.*\},$/);
    const data = JSON.parse(text);
    expect(data.articles.map((a: { id: string }) => a.id)).toEqual(['a', 'b']);
    expect(Object.keys(data.articles[1])).toEqual(['id', 'mentions', 'removed', 'sentences', 'text']);
    expect(Object.keys(data.articles[1].mentions[0])).toEqual(['end', 'node', 'start']);
    expect(data.articles[1].mentions.map((m: { node: string }) => m.node)).toEqual([
      'person:kim-jong-un',
      'person:vladimir-putin',
      'place:vostochny',
    ]);
  });

  it('is byte-stable whatever the input order', () => {
    const reversed = fixture();
    reversed.articles.reverse();
    reversed.articles.forEach((a) => a.mentions.reverse());
    expect(toArticlesJson(reversed)).toBe(toArticlesJson(fixture()));
  });

  it('round-trips through parseArticlesJson with offsets intact', () => {
    const text = toArticlesJson(fixture());
    const back = parseArticlesJson(text);
    expect(toArticlesJson(back)).toBe(text);
    const b = back.articles.find((a) => a.id === 'b')!;
    expect(b.mentions.map((m) => b.text.slice(m.start, m.end))).toEqual(['Kim Jong Un', 'Putin', 'Vostochny']);
    expect(b.removed[0]).toEqual({ text: 'Baca juga: Putin ke Pyongyang', reason: 'read-also link' });
  });
});

describe('parseArticlesJson', () => {
  const valid = () => JSON.parse(toArticlesJson(fixture()));
  const fails = (data: unknown, message: RegExp) => {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    expect(() => parseArticlesJson(text)).toThrow(/^not a newsgraph articles file: /);
    expect(() => parseArticlesJson(text)).toThrow(message);
  };
  const withMention = (change: Record<string, unknown>) => {
    const data = valid();
    Object.assign(data.articles[1].mentions[0], change);
    return data;
  };

  it('rejects malformed files, saying where', () => {
    fails('{"articles": [', /file is not valid JSON/);
    fails([], /the top level should be an object, got an array/);
    fails({}, /articles should be an array, got undefined/);
    fails({ articles: [null] }, /articles\[0\] should be an object, got null/);

    const noText = valid();
    delete noText.articles[1].text;
    fails(noText, /articles\[1\]\.text should be a string, got undefined/);

    const badRemoved = valid();
    badRemoved.articles[1].removed[1].reason = 7;
    fails(badRemoved, /articles\[1\]\.removed\[1\]\.reason should be a string, got number/);

    const duplicate = valid();
    duplicate.articles[0].id = 'b';
    fails(duplicate, /articles\[1\]\.id "b" is a duplicate/);

    const badNode = valid();
    delete badNode.articles[1].mentions[2].node;
    fails(badNode, /articles\[1\]\.mentions\[2\]\.node should be a string, got undefined/);
  });

  it('rejects offsets that are not numbers, not whole, outside the text or empty', () => {
    fails(withMention({ start: '3' }), /articles\[1\]\.mentions\[0\]\.start should be a finite number, got "3"/);
    fails(withMention({ end: null }), /articles\[1\]\.mentions\[0\]\.end should be a finite number, got null/);
    fails(withMention({ start: 1.5 }), /mentions\[0\]\.start should be a whole number from 0 to \d+/);
    fails(withMention({ start: -1 }), /mentions\[0\]\.start should be a whole number/);
    const past = TEXT.length + 1;
    fails(withMention({ end: past }), new RegExp(`mentions\\[0\\]\\.end should be a whole number from 0 to ${TEXT.length} .*got ${past}`));
    fails(withMention({ start: 10, end: 10 }), /articles\[1\]\.mentions\[0\] should have start < end, got start 10 and end 10/);
    fails(withMention({ start: 12, end: 10 }), /should have start < end/);
  });

  it('rejects sentence offsets that are not [start, end] pairs inside the text', () => {
    const withSentence = (span: unknown) => {
      const data = valid();
      data.articles[1].sentences[0] = span;
      return data;
    };
    fails(withSentence([0]), /articles\[1\]\.sentences\[0\] should be \[start, end\], got 1 numbers/);
    fails(withSentence('0-4'), /articles\[1\]\.sentences\[0\] should be an array, got "0-4"/);
    fails(withSentence([0, TEXT.length + 1]), /sentences\[0\]\[1\] should be a whole number from 0 to/);
    fails(withSentence([5, 5]), /sentences\[0\] should have start < end/);
    const missing = valid();
    delete missing.articles[0].sentences;
    fails(missing, /articles\[0\]\.sentences should be an array, got undefined/);
  });

  it('accepts a mention that ends the text and an article without mentions', () => {
    const data = withMention({ start: TEXT.length - 1, end: TEXT.length });
    expect(parseArticlesJson(JSON.stringify(data)).articles[1]!.mentions[0]).toMatchObject({ end: TEXT.length });
    expect(parseArticlesJson('{"articles": []}').articles).toEqual([]);
  });
});

describe('evidence references', () => {
  const texts = new Map(fixture().articles.map((a) => [a.id, a]));

  it('resolve to the sentence text, or to nothing for an unknown article or sentence', () => {
    expect(sentenceText(texts, { article: 'b', sentence: 0, date: '2024' })).toBe('🇰🇵 Kim Jong Un bertemu Putin di Vostochny.');
    expect(sentenceText(texts, { article: 'b', sentence: 1, date: '2024' })).toBe('<script>alert(1)</script> "Jakarta"');
    expect(sentenceText(texts, { article: 'b', sentence: 2, date: '2024' })).toBeUndefined();
    expect(sentenceText(texts, { article: 'zz', sentence: 0, date: '2024' })).toBeUndefined();
  });

  it('pick the shortest resolvable sentence as the best, the first of equal length', () => {
    const refs = [
      { article: 'zz', sentence: 0, date: '2020' },
      { article: 'b', sentence: 0, date: '2024-01' },
      { article: 'b', sentence: 1, date: '2024-02' },
      { article: 'b', sentence: 1, date: '2024-03' },
    ];
    expect(bestEvidence(texts, refs)).toEqual({ evidence: refs[2], text: '<script>alert(1)</script> "Jakarta"' });
    expect(bestEvidence(texts, refs.slice(0, 2))?.evidence).toBe(refs[1]);
    expect(bestEvidence(texts, refs.slice(0, 1))).toBeUndefined();
    expect(bestEvidence(new Map(), refs)).toBeUndefined();
  });
});
