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

  it('names the first bad byte of Latin-1 text and how to fix it', () => {
    // "Café in Jakarta\nDéjà vu" saved as Windows-1252.
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in Jakarta\nD'), 0xe9, 0x6a, 0xe0]);
    const result = decodeText(latin1);
    expect(result).toHaveProperty('error');
    const error = (result as { error: string }).error;
    expect(error).toContain('0xE9');
    expect(error).toContain('offset 3');
    expect(error).toContain('line 1');
    expect(error).toMatch(/Latin-1\/Windows-1252/);
    expect(error).toMatch(/convert .*UTF-8/);
  });

  it('reports the line of a bad byte deep in the file', () => {
    const bytes = new Uint8Array([...utf8('Baris satu.\nBaris dua.\nSmart quote: '), 0x93, ...utf8('kutipan')]);
    expect((decodeText(bytes) as { error: string }).error).toMatch(/0x93 at offset 36 \(line 3\)/);
  });

  it('rejects overlong and truncated UTF-8 sequences', () => {
    expect(decodeText(new Uint8Array([0x41, 0xc0, 0xaf]))).toHaveProperty('error');
    expect(decodeText(new Uint8Array([0x41, 0xe2, 0x80]))).toHaveProperty('error');
  });
});
