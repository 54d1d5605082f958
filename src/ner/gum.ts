// GUM's named entities as IOB2 sentences. GUM marks every referring expression (pronouns
// and common nouns too) in CorefUD brackets in the MISC column: `(ID-type-infstat-salience-
// centering-minspan-link-identity` opens a mention, `ID)` closes it. A named entity here is a
// person, place or organization mention whose first word (after a determiner) is a proper noun
// and that either has a Wikipedia identity or ends in a proper noun; nested ones give way to
// the outermost.
import { CorpusError, type NerLabel, type TaggedSentence, tagsOf } from './corpora.js';

const TYPES: Record<string, NerLabel> = { person: 'PER', place: 'LOC', organization: 'ORG' };
/** Longer mentions are descriptions ("the school of Dr. William Glennie in Dulwich"), not names. */
const MAX_WORDS = 8;

interface Word {
  form: string;
  upos: string;
  entity: string;
}

interface Mention {
  start: number;
  end: number;
  type: string;
  identity: string;
}

/** The sentences of one GUM document, tagged with its named person/place/organization mentions. */
export function readGum(content: string, file: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const block of content.split(/\r?\n\s*\r?\n/)) {
    const words: Word[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line === '' || line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (cols.length !== 10) throw new CorpusError(`${file}: expected 10 CoNLL-U columns in ${JSON.stringify(line)}`);
      if (!/^\d+$/.test(cols[0]!)) continue; // multiword ranges and empty nodes
      const entity = cols[9]!.split('|').find((f) => f.startsWith('Entity='));
      words.push({ form: cols[1]!, upos: cols[3]!, entity: entity?.slice(7) ?? '' });
    }
    if (words.length === 0) continue;
    const named = outermost(mentionsOf(words).filter((m) => isNamed(m, words)));
    out.push({ words: words.map((w) => w.form), tags: tagsOf(words.length, named.map(toSpan(words))) });
  }
  return out;
}

/** Every mention of a sentence from its bracket notation. */
function mentionsOf(words: Word[]): Mention[] {
  const open = new Map<string, Mention[]>();
  const done: Mention[] = [];
  words.forEach((w, i) => {
    const s = w.entity;
    let k = 0;
    while (k < s.length) {
      if (s[k] === '(') {
        let j = k + 1;
        while (j < s.length && s[j] !== '(' && s[j] !== ')') j++;
        const fields = s.slice(k + 1, j).split('-');
        const m: Mention = { start: i, end: i + 1, type: fields[1] ?? '', identity: fields.slice(7).join('-') };
        if (s[j] === ')') {
          done.push(m);
          j++;
        } else {
          const list = open.get(fields[0]!) ?? [];
          list.push(m);
          open.set(fields[0]!, list);
        }
        k = j;
      } else {
        const close = /^(\d+)\)/.exec(s.slice(k));
        if (!close) return; // a malformed tail: the mentions read so far stand
        const m = open.get(close[1]!)?.pop();
        if (m) {
          m.end = i + 1;
          done.push(m);
        }
        k += close[0].length;
      }
    }
  });
  return done;
}

function firstWord(m: Mention, words: Word[]): number {
  return words[m.start]!.upos === 'DET' ? m.start + 1 : m.start;
}

function isNamed(m: Mention, words: Word[]): boolean {
  if (!TYPES[m.type]) return false;
  const first = firstWord(m, words);
  if (first >= m.end || m.end - first > MAX_WORDS) return false;
  if (words[first]!.upos !== 'PROPN') return false;
  return m.identity !== '' || words[m.end - 1]!.upos === 'PROPN';
}

/**
 * The name itself: up to an apposition's comma or a bracket ("Kibbutz Kinneret, Tiberias"), without a
 * possessive 's after it, as the IOB corpora mark names.
 */
function toSpan(words: Word[]) {
  return (m: Mention) => {
    const start = firstWord(m, words);
    let end = start + 1;
    while (end < m.end && !NAME_END.has(words[end]!.form)) end++;
    while (end - 1 > start && words[end - 1]!.upos === 'PART') end--;
    return { start, end, label: TYPES[m.type]! };
  };
}

const NAME_END = new Set([',', '(', ';', ':']);

/** Longest first, then leftmost; a mention overlapping one already kept is dropped. */
function outermost(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
