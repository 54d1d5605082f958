// Bytes → text for article files. Strict: a wrong guess at an encoding silently
// corrupts names (Pyongyang → PyÃ¶ngyang), so anything that is not clean UTF-8 or
// BOM-marked UTF-16 is refused with a message that says how to fix the file.

export type DecodeResult = { text: string; notice?: string } | { error: string };

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', 'little-endian');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', 'big-endian');
  if (bytes.includes(0) || looksBinary(bytes)) return { error: 'binary file, not text' };

  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      error:
        `not valid UTF-8: byte 0x${byte} at offset ${bad} (line ${lineAt(bytes, bad)}). ` +
        'It looks like Latin-1/Windows-1252; convert the file to UTF-8.',
    };
  }
  // The default TextDecoder drops a leading UTF-8 BOM.
  return nonEmpty(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

function decodeUtf16(bytes: Uint8Array, label: string, endian: string): DecodeResult {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    const result = nonEmpty(text);
    return 'error' in result ? result : { text: result.text, notice: `decoded as UTF-16 (${endian}, from its byte order mark)` };
  } catch {
    return { error: `not valid UTF-16 (${endian}) despite its byte order mark; save the file as UTF-8` };
  }
}

function nonEmpty(text: string): DecodeResult {
  return /^\s*$/.test(text) ? { error: 'empty file' } : { text };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// Control characters other than tab, line breaks, form feed and escape do not
// occur in text files; a few in a large file are tolerated as stray junk.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > Math.max(2, sample.length * 0.01);
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
