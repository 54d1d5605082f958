// `newsgraph mentions [--lang auto|id|en] [--explain]`: JSON Lines in, one line of mentions out per
// input line; with --explain, also every candidate the rules and the tagger proposed, and why it
// was kept or dropped.

import { createInterface } from 'node:readline';
import { detectLanguage } from '../extract/language.js';
import { recognise } from '../extract/mentions.js';
import type { Lang } from '../graph/types.js';

export async function runMentions(lang: Lang | 'auto', explain = false): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      console.error(`newsgraph mentions: line ${lineNumber}: not valid JSON`);
      failures++;
      continue;
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') {
      console.error(`newsgraph mentions: line ${lineNumber}: expected an object with a string "text"`);
      failures++;
      continue;
    }
    const doc = recognise(text, lang === 'auto' ? detectLanguage(text) : lang);
    const mentions = doc.mentions.map(({ start, end, type, text: surface }) => ({ start, end, type, text: surface }));
    const candidates = doc.candidates
      .map(({ start, end, label, source, kept, reason }) => ({ start, end, text: text.slice(start, end), label, source, kept, reason }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    process.stdout.write(`${JSON.stringify(explain ? { id: id ?? null, mentions, candidates } : { id: id ?? null, mentions })}\n`);
  }
  return failures > 0 && failures === lineNumber ? 1 : 0;
}
