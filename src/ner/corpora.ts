// Readers for the public NER corpora the tagger is trained and measured on (see
// ../shared/data/train/README.md): one-token-per-line IOB files in their several
// dialects, and GUM's coreference brackets, from which its named mentions are taken.
// Pure functions over file contents, so tests can feed them strings.

/** The entity labels the tagger learns; every corpus's tags map onto these or onto nothing. */
export type NerLabel = 'PER' | 'LOC' | 'ORG';
export const NER_LABELS: readonly NerLabel[] = ['PER', 'LOC', 'ORG'];

/** One sentence as a corpus gives it: its words and one IOB2 tag per word (`O`, `B-PER`, `I-LOC`, …). */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** How one IOB dialect lays out a line. */
export interface IobFormat {
  /** Column separator. */
  separator: RegExp;
  /** Column of the word, and of the tag (negative counts from the end). */
  wordColumn: number;
  tagColumn: number;
  /** Lines starting with `#` are comments (UNER's `# sent_id`). */
  comments: boolean;
  /** The corpus's entity types onto ours; a type missing here is read as O. */
  types: Record<string, NerLabel>;
}

export const IDNER: IobFormat = {
  separator: / /,
  wordColumn: 0,
  tagColumn: -1,
  comments: false,
  types: { PER: 'PER', LOC: 'LOC', ORG: 'ORG' },
};
export const NERGRIT: IobFormat = {
  separator: /\t/,
  wordColumn: 0,
  tagColumn: 1,
  comments: false,
  types: { PERSON: 'PER', PLACE: 'LOC', ORGANISATION: 'ORG' },
};
/** NERP: IND is product/brand, EVT event, FNB food: none of them an organization, so they read as O. */
export const NERP: IobFormat = {
  separator: /\t/,
  wordColumn: 0,
  tagColumn: 1,
  comments: false,
  types: { PPL: 'PER', PLC: 'LOC' },
};
export const UNER: IobFormat = {
  separator: /\t/,
  wordColumn: 1,
  tagColumn: 2,
  comments: true,
  types: { PER: 'PER', LOC: 'LOC', ORG: 'ORG' },
};

/** A line the reader cannot read, with its file and line number. */
export class CorpusError extends Error {}

/** Sentences of an IOB file (blank-line separated, LF or CRLF); tags normalised to strict IOB2. */
export function readIob(content: string, format: IobFormat, file: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) out.push({ words, tags: strictIob2(tags) });
    words = [];
    tags = [];
  };
  const lines = content.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (line.trim() === '') return flush();
    if (format.comments && line.startsWith('#')) return;
    const cols = line.split(format.separator);
    const at = (c: number): string | undefined => cols[c < 0 ? cols.length + c : c];
    const word = at(format.wordColumn);
    const tag = at(format.tagColumn);
    if (!word || !tag || cols.length < 2 || !/^(O|[BI]-.+)$/.test(tag)) {
      throw new CorpusError(`${file}:${n + 1}: expected a word and an IOB tag, got ${JSON.stringify(line)}`);
    }
    words.push(word);
    tags.push(mapTag(tag, format.types));
  });
  flush();
  return out;
}

function mapTag(tag: string, types: Record<string, NerLabel>): string {
  if (tag === 'O') return 'O';
  const label = types[tag.slice(2)];
  return label ? `${tag[0]}-${label}` : 'O';
}

/** seqeval's reading: an I- that does not continue an entity of its type starts one. */
export function strictIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = tags[i - 1] ?? 'O';
    return prev !== 'O' && prev.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}

/** Entity spans `[start, end)` over word indices, with their label, from IOB2 tags. */
export function spansOf(tags: readonly string[]): Array<{ start: number; end: number; label: string }> {
  const out: Array<{ start: number; end: number; label: string }> = [];
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-')) out.push({ start: i, end: i + 1, label: tag.slice(2) });
    else if (tag.startsWith('I-') && out.length > 0 && out[out.length - 1]!.end === i) out[out.length - 1]!.end = i + 1;
  });
  return out;
}

/** IOB2 tags for `length` words from spans (which must not overlap). */
export function tagsOf(length: number, spans: ReadonlyArray<{ start: number; end: number; label: string }>): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let k = s.start; k < s.end; k++) tags[k] = `${k === s.start ? 'B' : 'I'}-${s.label}`;
  return tags;
}
