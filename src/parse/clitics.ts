/** Builds the Indonesian clitic table the tokeniser uses, from how the treebanks split words. */
import type { TreebankSentence } from './conllu.js';
import type { CliticTable } from './tokenize.js';

export function cliticTable(sentences: readonly TreebankSentence[]): CliticTable {
  const split = new Map<string, { count: number; lengths: number[] }>();
  const whole = new Map<string, number>();
  for (const s of sentences) {
    const inside = new Set<number>();
    for (const mw of s.multiwords) {
      const parts = s.words.slice(mw.start, mw.end + 1);
      for (let i = mw.start; i <= mw.end; i++) inside.add(i);
      if (parts.join('').toLowerCase() !== mw.form.toLowerCase()) continue;
      const key = mw.form.toLowerCase();
      const entry = split.get(key) ?? { count: 0, lengths: parts.map((p) => p.length) };
      entry.count++;
      split.set(key, entry);
    }
    s.words.forEach((w, i) => {
      if (!inside.has(i) && /nya$/i.test(w)) whole.set(w.toLowerCase(), (whole.get(w.toLowerCase()) ?? 0) + 1);
    });
  }
  const table: CliticTable = { split: {}, whole: [] };
  for (const [word, { count, lengths }] of [...split].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const byDefault = word.length >= 6 && word.endsWith('nya') && lengths.join() === `${word.length - 3},3`;
    if (count >= (whole.get(word) ?? 0) && !byDefault) table.split[word] = lengths;
  }
  table.whole = [...whole].filter(([w, count]) => count > (split.get(w)?.count ?? 0)).map(([w]) => w).sort();
  return table;
}
