// Scores findMentions against the hand-labelled Indonesian NER dev sets in
// ../shared/data/ner (see its README): entity-level exact-span micro P/R/F1,
// as conlleval / seqeval count IOB2 entities. Weapons have no gold tag, so
// weapon mentions are left out of the score.
// Usage: npm run eval:ner [-- --errors N]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findMentions } from '../src/extract/mentions.js';
import type { EntityType } from '../src/graph/types.js';

type Gold = 'PER' | 'LOC' | 'ORG';

interface Dataset {
  name: string;
  file: string;
  /** Splits one token line into the token and its BIO tag. */
  split: (line: string) => [string, string];
  tags: Record<string, Gold>;
}

interface Span {
  start: number;
  end: number;
  type: Gold;
}

interface Sentence {
  text: string;
  gold: Span[];
}

const NER_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'ner');

const DATASETS: Dataset[] = [
  {
    name: 'idner-news-2k/dev',
    file: 'idner-news-2k/dev.txt',
    split: (line) => {
      const cols = line.split(' ');
      return [cols[0] ?? '', cols[cols.length - 1] ?? 'O'];
    },
    tags: { PER: 'PER', LOC: 'LOC', ORG: 'ORG' },
  },
  {
    name: 'nergrit/valid',
    file: 'nergrit/valid_preprocess.txt',
    split: (line) => {
      const [token = '', tag = 'O'] = line.split('\t');
      return [token, tag];
    },
    tags: { PERSON: 'PER', PLACE: 'LOC', ORGANISATION: 'ORG' },
  },
];

const TYPE_TO_GOLD: Partial<Record<EntityType, Gold>> = {
  person: 'PER',
  country: 'LOC',
  place: 'LOC',
  organization: 'ORG',
};

const GOLD_TYPES: Gold[] = ['PER', 'LOC', 'ORG'];

/** Sentences rebuilt by joining tokens with single spaces, with gold spans as character offsets. */
export function readConll(content: string, ds: Dataset): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push(toSentence(tokens, tags, ds));
    tokens = [];
    tags = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const [token, tag] = ds.split(line);
    tokens.push(token);
    tags.push(tag);
  }
  flush();
  return sentences;
}

function toSentence(tokens: string[], tags: string[], ds: Dataset): Sentence {
  const gold: Span[] = [];
  let offset = 0;
  let open: Span | null = null;
  tokens.forEach((token, i) => {
    const tag = tags[i] ?? 'O';
    const [bio, label = ''] = tag.split('-', 2) as [string, string?];
    const type = ds.tags[label];
    // seqeval (IOB2) starts a new entity on B-, on a type change, or on a stray I-.
    const continues = bio === 'I' && open !== null && open.type === type;
    if (!continues) {
      if (open) gold.push(open);
      open = type && (bio === 'B' || bio === 'I') ? { start: offset, end: offset + token.length, type } : null;
    } else if (open) {
      open.end = offset + token.length;
    }
    offset += token.length + 1;
  });
  if (open) gold.push(open);
  return { text: tokens.join(' '), gold };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface Errors {
  fp: string[];
  fn: string[];
}

function score(sentences: Sentence[]): { counts: Map<Gold | 'ALL', Counts>; errors: Errors } {
  const counts = new Map<Gold | 'ALL', Counts>();
  for (const t of [...GOLD_TYPES, 'ALL' as const]) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const errors: Errors = { fp: [], fn: [] };
  const bump = (type: Gold, field: keyof Counts): void => {
    counts.get(type)![field]++;
    counts.get('ALL')![field]++;
  };
  for (const s of sentences) {
    const predicted: Span[] = [];
    for (const m of findMentions(s.text, 'id')) {
      const type = TYPE_TO_GOLD[m.type];
      if (type) predicted.push({ start: m.start, end: m.end, type });
    }
    const key = (x: Span): string => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(s.gold.map(key));
    const predKeys = new Set(predicted.map(key));
    const show = (x: Span): string => `${x.type} «${s.text.slice(x.start, x.end)}»  in: ${context(s.text, x)}`;
    for (const p of predicted) {
      if (goldKeys.has(key(p))) bump(p.type, 'tp');
      else {
        bump(p.type, 'fp');
        errors.fp.push(show(p));
      }
    }
    for (const g of s.gold) {
      if (!predKeys.has(key(g))) {
        bump(g.type, 'fn');
        errors.fn.push(show(g));
      }
    }
  }
  return { counts, errors };
}

function context(text: string, x: Span): string {
  const from = Math.max(0, x.start - 50);
  const to = Math.min(text.length, x.end + 50);
  return `${from > 0 ? '…' : ''}${text.slice(from, x.start)}[${text.slice(x.start, x.end)}]${text.slice(x.end, to)}${to < text.length ? '…' : ''}`;
}

function prf(c: Counts): [number, number, number] {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [p, r, f];
}

function table(name: string, counts: Map<Gold | 'ALL', Counts>): string {
  const lines = [`${name}`, 'type    gold  pred    tp   prec  recall     f1'];
  for (const [type, c] of counts) {
    const [p, r, f] = prf(c);
    lines.push(
      `${type.padEnd(5)} ${String(c.tp + c.fn).padStart(6)} ${String(c.tp + c.fp).padStart(5)} ${String(c.tp).padStart(5)}  ${p.toFixed(3)}   ${r.toFixed(3)}  ${f.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--errors');
  const showErrors = at >= 0 ? Number(args[at + 1] ?? 20) : 0;
  for (const ds of DATASETS) {
    const sentences = readConll(readFileSync(resolve(NER_DIR, ds.file), 'utf8'), ds);
    const { counts, errors } = score(sentences);
    console.log(table(`${ds.name} (${sentences.length} sentences)`, counts));
    if (showErrors > 0) {
      console.log(`\nfalse positives (${errors.fp.length}):`);
      for (const e of errors.fp.slice(0, showErrors)) console.log(`  ${e}`);
      console.log(`\nfalse negatives (${errors.fn.length}):`);
      for (const e of errors.fn.slice(0, showErrors)) console.log(`  ${e}`);
    }
    console.log('');
  }
}

main();
