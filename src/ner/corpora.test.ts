import { describe, expect, it } from 'vitest';
import { CorpusError, IDNER, NERGRIT, NERP, UNER, readIob, spansOf, strictIob2 } from './corpora.js';
import { readGum } from './gum.js';

describe('IOB readers', () => {
  it('reads idner: CRLF, a POS column to ignore, no blank line at the end', () => {
    const text = 'Jokowi PROPN B-PER\r\nke ADP O\r\nJakarta PROPN B-LOC\r\n\r\nKPK PROPN B-ORG\r\nbekerja VERB O';
    const s = readIob(text, IDNER, 'x.txt');
    expect(s).toEqual([
      { words: ['Jokowi', 'ke', 'Jakarta'], tags: ['B-PER', 'O', 'B-LOC'] },
      { words: ['KPK', 'bekerja'], tags: ['B-ORG', 'O'] },
    ]);
  });

  it('maps NERGrit and NERP types, and NERP types with no counterpart to O', () => {
    expect(readIob('Joko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nBogor\tB-PLACE\n', NERGRIT, 'g')[0]!.tags).toEqual([
      'B-PER', 'I-PER', 'O', 'B-LOC',
    ]);
    expect(readIob('indomie\tB-IND\njakarta\tB-PLC\n', NERP, 'p')[0]!.tags).toEqual(['O', 'B-LOC']);
  });

  it('reads UNER with its comment lines and five columns', () => {
    const text = '# sent_id = a-1\n# text = Bush met\n1\tBush\tB-PER\t-\t-\n2\tmet\tO\t-\t-\n\n';
    expect(readIob(text, UNER, 'u')).toEqual([{ words: ['Bush', 'met'], tags: ['B-PER', 'O'] }]);
  });

  it('names the file and line of a line it cannot read', () => {
    expect(() => readIob('Jokowi\tB-PER\nbroken line here\n', NERGRIT, 'bad.txt')).toThrow(CorpusError);
    expect(() => readIob('Jokowi\tB-PER\nbroken\n', NERGRIT, 'bad.txt')).toThrow(/bad\.txt:2/);
  });

  it('reads a stray I- as seqeval does: it starts an entity', () => {
    expect(strictIob2(['O', 'I-PER', 'I-LOC', 'I-LOC'])).toEqual(['O', 'B-PER', 'B-LOC', 'I-LOC']);
    expect(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'LOC' },
    ]);
  });
});

describe('GUM reader', () => {
  const line = (id: number, form: string, upos: string, misc = '_'): string =>
    [id, form, '_', upos, '_', '_', '0', 'root', '_', misc].join('\t');
  const doc = [
    '# newdoc id = GUM_x',
    '# sent_id = GUM_x-1',
    line(1, 'Byron', 'PROPN', 'Entity=(3-person-new-sssss-cf1-1-coref-Lord_Byron)'),
    '2-3\tstudied\t_\t_\t_\t_\t_\t_\t_\t_',
    line(2, 'studied', 'VERB'),
    line(3, 'at', 'ADP'),
    line(4, 'Aberdeen', 'PROPN', 'Entity=(4-organization-new-snnnn-cf5-1,2,3-coref-Aberdeen_Grammar_School(5-place-new-snnnn-cf10-1-sgl-Aberdeen)'),
    line(5, 'Grammar', 'PROPN'),
    line(6, 'School', 'PROPN', 'Entity=4)'),
    line(7, 'with', 'ADP'),
    line(8, 'his', 'PRON', 'Entity=(3-person-giv-sssss-cf1-1-ana-Lord_Byron)'),
    line(9, 'the', 'DET', 'Entity=(6-organization-new-nnsnn-cf3-2-coref'),
    line(10, 'school', 'NOUN', 'Entity=6)'),
    '',
  ].join('\n');

  it('keeps named people, places and bodies, outermost first, and no pronoun or common noun', () => {
    const [s] = readGum(doc, 'GUM_x.conllu');
    expect(s!.words).toHaveLength(10);
    expect(spansOf(s!.tags)).toEqual([
      { start: 0, end: 1, label: 'PER' },
      { start: 3, end: 6, label: 'ORG' },
    ]);
  });

  it('names the file when a line is not CoNLL-U', () => {
    expect(() => readGum('1\tBroken\n', 'bad.conllu')).toThrow(/bad\.conllu/);
  });
});
