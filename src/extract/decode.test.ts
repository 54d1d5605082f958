import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return out;
}

const story = 'Menlu Korut Choe Son-hui tiba di Moskow, Rusia. Pyongyang “mitra” Rusia — kata Peskov.';

describe('decodeText', () => {
  it('reads UTF-8 as is', () => {
    expect(decodeText(utf8(story))).toEqual({ text: story });
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(story)]);
    expect(decodeText(bytes)).toEqual({ text: story });
  });

  it('decodes UTF-16 little- and big-endian with a BOM and says so', () => {
    for (const big of [false, true]) {
      const result = decodeText(utf16(story, big));
      expect(result).toMatchObject({ text: story });
      expect('notice' in result && result.notice).toMatch(big ? /UTF-16 \(big-endian/ : /UTF-16 \(little-endian/);
    }
  });

  it('refuses empty and whitespace-only files', () => {
    expect(decodeText(new Uint8Array())).toEqual({ error: 'empty file' });
    expect(decodeText(utf8(' \n\t\r\n  '))).toEqual({ error: 'empty file' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]))).toEqual({ error: 'empty file' });
    expect(decodeText(utf16('  \n', false))).toEqual({ error: 'empty file' });
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png)).toEqual({ error: 'binary file, not text' });
    const pdfish = new Uint8Array([...utf8('%PDF-1.7\n'), 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]);
    expect(decodeText(pdfish)).toEqual({ error: 'binary file, not text' });
  });

  it('reads Latin-1 and Windows-1252 text, with a notice naming the first byte that is not UTF-8', () => {
    // "Café in Jakarta\nDéjà vu" saved as Latin-1 (the same bytes in Windows-1252).
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in Jakarta\nD'), 0xe9, 0x6a, 0xe0, ...utf8(' vu')]);
    const result = decodeText(latin1);
    expect(result).toMatchObject({ text: 'Café in Jakarta\nDéjà vu' });
    expect('notice' in result && result.notice).toMatch(/byte 0xE9 at offset 3 \(line 1\).*Windows-1252/);
    // Windows-1252's own characters in 0x80–0x9F: curly quotes, dashes, the euro sign.
    const cp1252 = new Uint8Array([...utf8('Baris satu.\nBaris dua.\nKata '), 0x93, ...utf8('Pyongyang'), 0x94, 0x20, 0x96, 0x20, 0x80, ...utf8('5')]);
    const quoted = decodeText(cp1252);
    expect(quoted).toMatchObject({ text: 'Baris satu.\nBaris dua.\nKata “Pyongyang” – €5' });
    expect('notice' in quoted && quoted.notice).toMatch(/0x93 at offset 28 \(line 3\)/);
  });

  it('reads Latin-1 in which a byte pair happens to be valid UTF-8', () => {
    // "Ã©" (0xC3 0xA9) is valid UTF-8 for "é", but the file's other accents are not UTF-8.
    const bytes = new Uint8Array([...utf8('S'), 0xe3, ...utf8('o Paulo, '), 0xc3, 0xa9, ...utf8(' Ol'), 0xe1, ...utf8(' Jos'), 0xe9]);
    expect(decodeText(bytes)).toMatchObject({ text: 'São Paulo, Ã© Olá José' });
  });

  it('refuses a UTF-8 file with stray bytes rather than garble its names', () => {
    const bytes = new Uint8Array([...utf8('Pyöngyang dan Moskow – “mitra” '), 0xe9, ...utf8('.')]);
    const result = decodeText(bytes);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(/mixed encodings: 4 non-ASCII UTF-8 character\(s\) and 1 byte\(s\).*0xE9 at offset \d+ \(line 1\)/);
  });

  it('refuses bytes Windows-1252 leaves undefined', () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' x'), 0x81]);
    expect((decodeText(bytes) as { error: string }).error).toMatch(/neither UTF-8 nor Windows-1252: byte 0x81 at offset 6/);
  });

  it('reads overlong and truncated UTF-8 sequences as the Windows-1252 characters they are', () => {
    expect(decodeText(new Uint8Array([0x41, 0xc0, 0xaf]))).toMatchObject({ text: 'AÀ¯' });
    expect(decodeText(new Uint8Array([0x41, 0xe2, 0x80]))).toMatchObject({ text: 'Aâ€' });
  });
});
