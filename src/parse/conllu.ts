/**
 * A CoNLL-U reader (universaldependencies.org/format.html) for the treebanks the tagger and the
 * parser train on. It keeps syntactic words only: multiword-token ranges (`3-4 didn't`) and empty
 * nodes of the enhanced graph (`8.1`) are skipped, so `words`, `tags`, `heads` and `labels` line up.
 */

/** One sentence of syntactic words with its basic dependency tree. */
export interface TreebankSentence {
  words: string[];
  /** UPOS tags. */
  tags: string[];
  /** 0-based head index per word; -1 for the root. */
  heads: number[];
  /** UD relations, with subtypes (`nsubj:pass`). */
  labels: string[];
  /** Surface tokens that UD splits into several words: `didn't` → words `start … end` (0-based, inclusive). */
  multiwords: { form: string; start: number; end: number }[];
}

/** Sentences of `text`; a malformed line throws an error naming `file` and the line number. */
export function readConllu(text: string, file: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let current = emptySentence();
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      if (current.words.length > 0) sentences.push(checked(current, file, n));
      current = emptySentence();
    } else if (!line.startsWith('#')) {
      addLine(current, line, `${file}:${n + 1}`);
    }
  }
  if (current.words.length > 0) sentences.push(checked(current, file, lines.length));
  return sentences;
}

function emptySentence(): TreebankSentence {
  return { words: [], tags: [], heads: [], labels: [], multiwords: [] };
}

function addLine(sentence: TreebankSentence, line: string, where: string): void {
  const cols = line.split('\t');
  if (cols.length !== 10) throw new Error(`${where}: expected 10 tab-separated columns, found ${cols.length}`);
  const id = cols[0]!;
  const range = /^(\d+)-(\d+)$/.exec(id);
  if (range) {
    sentence.multiwords.push({ form: cols[1]!, start: Number(range[1]) - 1, end: Number(range[2]) - 1 });
    return;
  }
  if (/^\d+\.\d+$/.test(id)) return; // an empty node of the enhanced graph
  if (!/^\d+$/.test(id)) throw new Error(`${where}: bad word ID "${id}"`);
  if (Number(id) !== sentence.words.length + 1) throw new Error(`${where}: word ID ${id} out of sequence`);
  const head = cols[6]!;
  if (!/^\d+$/.test(head)) throw new Error(`${where}: bad HEAD "${head}"`);
  sentence.words.push(cols[1]!);
  sentence.tags.push(cols[3]!);
  sentence.heads.push(Number(head) - 1);
  sentence.labels.push(cols[7]!);
}

function checked(sentence: TreebankSentence, file: string, line: number): TreebankSentence {
  const n = sentence.words.length;
  if (sentence.heads.some((h) => h >= n)) throw new Error(`${file}:${line}: a HEAD points past the sentence`);
  if (sentence.heads.filter((h) => h === -1).length !== 1) {
    throw new Error(`${file}:${line}: the sentence ending here does not have exactly one root`);
  }
  return sentence;
}
