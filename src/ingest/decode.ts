import * as chardet from 'chardet';
import iconv from 'iconv-lite';
import { err, ok, type AttacheError, type Result } from '../model/result.js';

/** Decoded text, with a warning when it was not UTF-8. */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly warning: string | null;
}

const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]], ['ZIP', [0x50, 0x4b, 0x03, 0x04]], ['gzip', [0x1f, 0x8b]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]], ['JPEG', [0xff, 0xd8, 0xff]], ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]], ['7z', [0x37, 0x7a, 0xbc, 0xaf]], ['bzip2', [0x42, 0x5a, 0x68]],
];

/**
 * Says why a buffer looks binary (a known file signature, NUL bytes, many control bytes), or
 * null when it looks like text. UTF-16 with a byte-order mark counts as text.
 */
export function binaryReason(buf: Uint8Array): string | null {
  if (hasUtf16Bom(buf)) return null;
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => buf[i] === b)) return `binary file (${name})`;
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return 'binary file (NUL bytes)';
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.05 ? 'binary file (control bytes)' : null;
}

const hasUtf16Bom = (b: Uint8Array): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes → text: UTF-8 (BOM stripped), UTF-16 with a BOM, else the encoding chardet detects
 * (Latin-1, Windows-1251…) decoded with iconv-lite, with a warning. Fails on binary input.
 */
export function decode(buf: Uint8Array, input: string): Result<Decoded, AttacheError> {
  const why = binaryReason(buf);
  if (why) return err({ code: 'BINARY_INPUT', message: why, input });
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return ok({ text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf16le'), encoding: 'utf-16le', warning: null });
  if (buf[0] === 0xfe && buf[1] === 0xff) return ok({ text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf16be'), encoding: 'utf-16be', warning: null });
  try {
    return ok({ text: utf8.decode(buf), encoding: 'utf-8', warning: null });
  } catch {
    return ok(decodeLegacy(buf));
  }
}

/** The charset an HTML/XML document declares in its first 2 KB (`<meta charset>`, `<?xml encoding>`), if any. */
function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})/i.exec(head) ?? /^<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{2,40})["']/i.exec(head);
  const enc = m?.[1].toLowerCase() ?? null;
  return enc && enc !== 'utf-8' && enc !== 'utf8' && iconv.encodingExists(enc) ? enc : null;
}

function decodeLegacy(buf: Uint8Array): Decoded {
  let enc = declaredCharset(buf) ?? chardet.detect(buf)?.toLowerCase() ?? 'windows-1252';
  if (enc === 'utf-8' || enc.startsWith('utf-16') || enc.startsWith('utf-32') || !iconv.encodingExists(enc)) enc = 'windows-1252';
  // ISO-8859-1 text is nearly always Windows-1252 in practice (curly quotes in 0x80–0x9f).
  if (enc === 'iso-8859-1') enc = 'windows-1252';
  return { text: iconv.decode(Buffer.from(buf), enc), encoding: enc, warning: `not valid UTF-8; decoded as ${enc}` };
}

/** Whether decoded text has no letters or digits at all (empty for our purposes). */
export const isBlank = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);
