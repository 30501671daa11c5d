// Bytes to text. The encoding is decided by what the bytes are, not by what a file
// claims: a byte-order mark names UTF-16 or UTF-8; otherwise valid UTF-8 is UTF-8, and
// bytes that are not valid UTF-8 are read as Windows-1252 when they look like Western
// text (the usual case for files saved by older Windows tools and for "Latin-1" pages).

/** Why bytes could not be decoded; the reason is shown to the analyst as is. */
export class DecodeError extends Error {}

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | string;

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const SAMPLE = 64 * 1024;

/**
 * True when the bytes look like a binary file rather than text: NUL bytes or other
 * control characters (tab, line feed, form feed, carriage return and escape aside) make
 * up more than 1% of the first 64 KiB. Compressed data, images and executables are far
 * above that; text, in any of the encodings we read without a BOM, has none.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls / n > 0.01;
}

function bomEncoding(bytes: Uint8Array): { encoding: Encoding; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return undefined;
}

// Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252 text.
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether non-UTF-8 bytes read plausibly as Windows-1252 text. In Western text a byte
 * above 0x7F (an accented letter, a curly quote, a dash) mostly stands alone between
 * ASCII letters and spaces; text in a multi-byte encoding (Shift_JIS, GBK, EUC-KR) or
 * random data is made of long runs of such bytes.
 */
export function plausibleWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  const n = bytes.length;
  for (let i = 0; i <= n; i++) {
    const b = i < n ? bytes[i] : 0;
    if (b >= 0x80) {
      if (UNDEFINED_1252.has(b)) return false;
      high++;
      run++;
    } else {
      if (run >= 3) inLongRuns += run;
      run = 0;
    }
  }
  if (high === 0) return true;
  return high / n < 0.3 && inLongRuns / high < 0.3;
}

// Windows-1252's characters at 0x80-0x9F (curly quotes, dashes, the euro sign). Node 20's
// TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters, so the
// mapping is done here; 0 marks the five bytes the encoding leaves undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(i, i + CHUNK)) codes.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || 0xfffd : b);
    out += String.fromCharCode(...codes);
  }
  return out;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes bytes to text, stripping only a byte-order mark: line endings and every
 * other character stay as they are, because every offset in Dossier refers to this
 * text and an analyst must be able to find a quoted span in the original file.
 * `declared` is an encoding a container names (an HTML meta charset); it is used only
 * when the bytes are not valid UTF-8, and only if the runtime knows it.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.skip);
    try {
      return { text: new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding: bom.encoding };
    } catch {
      throw new DecodeError(`invalid ${bom.encoding.toUpperCase()} despite its byte-order mark`);
    }
  }
  if (looksBinary(bytes)) throw new DecodeError("binary content");
  try {
    return { text: utf8Strict.decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: fall through to the declared encoding or Windows-1252
  }
  const named = declared ? knownEncoding(declared) : undefined;
  if (named && named !== "utf-8" && named !== "windows-1252") {
    try {
      return { text: new TextDecoder(named, { fatal: true }).decode(bytes), encoding: named };
    } catch {
      // the declaration was wrong; judge the bytes on their own
    }
  }
  if (plausibleWindows1252(bytes)) return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  throw new DecodeError("invalid encoding: neither UTF-8 nor Windows-1252 text");
}

/** The WHATWG name of an encoding label the runtime can decode, or undefined. */
export function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}
