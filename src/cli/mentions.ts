// `newsgraph mentions [--lang auto|id|en]`: JSON Lines in, one line of mentions out per input line.

import { createInterface } from 'node:readline';
import { detectLanguage } from '../extract/language.js';
import { findMentions } from '../extract/mentions.js';
import type { Lang } from '../graph/types.js';

export async function runMentions(lang: Lang | 'auto'): Promise<number> {
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
    const mentions = findMentions(text, lang === 'auto' ? detectLanguage(text) : lang).map(
      ({ start, end, type, text: surface }) => ({ start, end, type, text: surface }),
    );
    process.stdout.write(`${JSON.stringify({ id: id ?? null, mentions })}\n`);
  }
  return failures > 0 && failures === lineNumber ? 1 : 0;
}
