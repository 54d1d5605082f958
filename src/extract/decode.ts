// Bytes → text for article files: UTF-8, BOM-marked UTF-16, and otherwise Windows-1252, the
// superset of Latin-1 that WHATWG decoders (browsers, Node) use for both labels, with a notice.
// A wrong guess silently corrupts names (Pyongyang → PyÃ¶ngyang), so a file that is mostly
// valid UTF-8 with some bytes that are not (mixed encodings) is refused rather than read as
// Windows-1252, and so is a byte Windows-1252 leaves undefined. Latin-1 text may hold a byte pair
// that happens to be valid UTF-8 ("Ã©"), hence "mostly": as many valid sequences as bad bytes.

export type DecodeResult = { text: string; notice?: string } | { error: string };

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', 'little-endian');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', 'big-endian');
  if (bytes.includes(0) || looksBinary(bytes)) return { error: 'binary file, not text' };

  const { firstInvalid, invalid, multibyte } = scanUtf8(bytes);
  // The default TextDecoder drops a leading UTF-8 BOM.
  if (firstInvalid === -1) return nonEmpty(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const where = `byte 0x${hex(bytes[firstInvalid]!)} at offset ${firstInvalid} (line ${lineAt(bytes, firstInvalid)})`;
  if (multibyte >= invalid) {
    return { error: `mixed encodings: ${multibyte} non-ASCII UTF-8 character(s) and ${invalid} byte(s) that are not UTF-8, the first a ${where}; save the file as UTF-8` };
  }
  const undefinedAt = bytes.findIndex((b) => UNDEFINED_IN_1252.has(b));
  if (undefinedAt !== -1) {
    return { error: `neither UTF-8 nor Windows-1252: byte 0x${hex(bytes[undefinedAt]!)} at offset ${undefinedAt} (line ${lineAt(bytes, undefinedAt)}); save the file as UTF-8` };
  }
  const result = nonEmpty(decodeWindows1252(bytes));
  return 'error' in result ? result : { text: result.text, notice: `not UTF-8 (${where}): read as Windows-1252 (Latin-1)` };
}

/** Bytes Windows-1252 assigns no character; WHATWG would pass them through as C1 controls. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters for bytes 0x80–0x9F (WHATWG's index); the other bytes are Latin-1's. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Written out because Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x93 gives
 * U+0093, not “), unlike browsers; this gives the same text in the command and the viewer.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F.charCodeAt(b - 0x80) : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

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

/**
 * Offset of the first byte that breaks UTF-8 (-1 if none), how many do, and how many valid
 * multi-byte sequences the file holds. TextDecoder's fatal mode says only whether all is valid.
 */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; invalid: number; multibyte: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0 && invalid++ === 0) firstInvalid = i;
    if (length > 1) multibyte++;
    i += Math.max(1, length);
  }
  return { firstInvalid, invalid, multibyte };
}

/** The length of the valid UTF-8 sequence at i, or 0 when the byte there breaks UTF-8. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
  else return 0;
  let cp = b & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
  if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return 0;
  return need + 1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
