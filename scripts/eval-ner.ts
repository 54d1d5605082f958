// Scores recognition against the NER dev splits (see ../shared/data/ner/README.md and
// ../shared/data/train/README.md): entity-level exact-span micro P/R/F1 per type, as conlleval /
// seqeval count IOB2 entities, over sentences rebuilt by joining their words with single spaces.
// Two rows per set: the rules alone (what extraction did before the tagger) and findMentions
// (rules, tagger and resolver). Weapons have no gold tag and are left out.
// Usage: npm run eval:ner [-- --data ../shared/data/train] [--errors N] [--lang id|en]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findMentions } from '../src/extract/mentions.js';
import { ruleMentions } from '../src/extract/mentions/rules.js';
import type { Mention } from '../src/extract/types.js';
import type { EntityType, Lang } from '../src/graph/types.js';
import { NER_LABELS, type NerLabel, type TaggedSentence, spansOf } from '../src/ner/corpora.js';
import { DEV_SETS } from '../src/ner/datasets.js';

interface Span {
  start: number;
  end: number;
  type: NerLabel;
}

const TYPE_TO_GOLD: Partial<Record<EntityType, NerLabel>> = {
  person: 'PER',
  country: 'LOC',
  place: 'LOC',
  organization: 'ORG',
};

/** Gold spans as character offsets into the words joined by single spaces. */
function goldSpans(s: TaggedSentence): Span[] {
  const starts: number[] = [];
  let offset = 0;
  for (const w of s.words) {
    starts.push(offset);
    offset += w.length + 1;
  }
  return spansOf(s.tags).map((x) => ({
    start: starts[x.start]!,
    end: starts[x.end - 1]! + s.words[x.end - 1]!.length,
    type: x.label as NerLabel,
  }));
}

type Counts = Record<'tp' | 'fp' | 'fn', number>;

function score(sentences: TaggedSentence[], find: (text: string) => Mention[], errors: string[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const t of [...NER_LABELS, 'ALL']) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const bump = (type: NerLabel, field: keyof Counts): void => {
    counts.get(type)![field]++;
    counts.get('ALL')![field]++;
  };
  for (const s of sentences) {
    const text = s.words.join(' ');
    const gold = goldSpans(s);
    const predicted = find(text).flatMap((m) => {
      const type = TYPE_TO_GOLD[m.type];
      return type ? [{ start: m.start, end: m.end, type }] : [];
    });
    const key = (x: Span): string => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    const show = (x: Span, what: string): string => `${what} ${x.type} «${text.slice(x.start, x.end)}»  in: ${context(text, x)}`;
    for (const p of predicted) {
      const right = goldKeys.has(key(p));
      bump(p.type, right ? 'tp' : 'fp');
      if (!right) errors.push(show(p, 'FP'));
    }
    for (const g of gold) {
      if (predKeys.has(key(g))) continue;
      bump(g.type, 'fn');
      errors.push(show(g, 'FN'));
    }
  }
  return counts;
}

function context(text: string, x: Span): string {
  const from = Math.max(0, x.start - 50);
  const to = Math.min(text.length, x.end + 50);
  return `${from > 0 ? '…' : ''}${text.slice(from, x.start)}[${text.slice(x.start, x.end)}]${text.slice(x.end, to)}${to < text.length ? '…' : ''}`;
}

function row(what: string, type: string, c: Counts): string {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const n = (x: number, w: number): string => String(x).padStart(w);
  return `${what.padEnd(13)}${type.padEnd(5)}${n(c.tp + c.fn, 6)}${n(c.tp + c.fp, 6)}${n(c.tp, 6)}   ${p.toFixed(3)}   ${r.toFixed(3)}  ${f.toFixed(3)}`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'train') },
      errors: { type: 'string', default: '0' },
      lang: { type: 'string' },
    },
  });
  const showErrors = Number(values.errors);
  const langs: Lang[] = values.lang ? [values.lang as Lang] : ['id', 'en'];
  for (const lang of langs) {
    for (const set of DEV_SETS[lang]) {
      const sentences = set.read(resolve(values.data!));
      console.log(`${set.name} (${lang}, ${sentences.length} sentences)`);
      console.log('             type   gold  pred    tp    prec  recall     f1');
      const errors: string[] = [];
      const before = score(sentences, (text) => ruleMentions(text, lang), []);
      const after = score(sentences, (text) => findMentions(text, lang), errors);
      for (const [what, counts] of [['rules', before], ['findMentions', after]] as const) {
        for (const [type, c] of counts) console.log(row(what, type, c));
      }
      for (const e of errors.slice(0, showErrors)) console.log(`  ${e}`);
      console.log('');
    }
  }
}

main();
