// Sources to documents: files, folders, standard input and bytes already in memory.
// Every input gives documents or IngestErrors naming the input and the reason; one bad
// input never stops the batch.
import { promises as fs } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Readable } from "node:stream";
import { IngestError, makeDocument, type Document, type DocumentMeta, type SourceFormat } from "./document.js";
import { decodeText, DecodeError } from "./decode.js";
import { normaliseDate } from "./dates.js";
import { declaredCharset, readHtml } from "./html.js";
import { parseJsonLines } from "./jsonl.js";
import { guessPlainMeta } from "./plain.js";
import { isGzip, sniffFormat } from "./sniff.js";
import { listFolder } from "./walk.js";

/**
 * 50 MB: far above any report or news page (a long report is well under 1 MB of text,
 * a heavy page a few MB of HTML), low enough that one stray video or database dump is
 * refused before it is read into memory (its text and DOM would take several times more).
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Largest source read, in bytes, before and after decompression. Default 50 MB. */
  maxBytes?: number;
  /**
   * Metadata the caller knows for these inputs (the CLI's --published and --title).
   * They are fallbacks: what a source states about itself (HTML meta tags and JSON-LD,
   * a JSON Lines record's fields) wins, because a batch may mix sources; they win over
   * what Dossier only guesses (a plain text's first line as title, a date in a file name).
   */
  defaults?: DocumentMeta;
  /**
   * Metadata that wins over everything a source says: an analyst's explicit correction
   * (`dossier text --published`, like `dossier extract`, overrides the file's own).
   */
  overrides?: DocumentMeta;
}

type Item = Document | IngestError;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Documents from each input in order: a file, a folder (walked recursively, sorted) or `-` for standard input. */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<Item> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === "-") {
      const bytes = await readLimited(process.stdin, max);
      if (bytes instanceof IngestError) yield new IngestError(input, bytes.reason);
      else yield* readBuffer(bytes, input, options);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      yield new IngestError(input, fsReason(e));
      continue;
    }
    if (stat.isDirectory()) {
      let files: string[];
      try {
        files = await listFolder(input);
      } catch (e) {
        yield new IngestError(input, fsReason(e));
        continue;
      }
      let read = 0;
      for (const file of files) {
        for await (const item of readFile(file, options)) {
          if (!(item instanceof IngestError)) read++;
          yield item;
        }
      }
      if (files.length === 0) yield new IngestError(input, "folder holds no files to read");
      else if (read === 0) yield new IngestError(input, "folder holds no readable files");
      continue;
    }
    yield* readFile(input, options);
  }
}

async function* readFile(file: string, options: ReadOptions): AsyncGenerator<Item> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer | IngestError;
  try {
    bytes = await readFileLimited(file, max);
  } catch (e) {
    yield new IngestError(file, fsReason(e));
    return;
  }
  if (bytes instanceof IngestError) yield new IngestError(file, bytes.reason);
  else yield* readBuffer(bytes, file, options);
}

/**
 * Reads a regular file through one handle into a buffer of the file's own size: a report is a
 * few KB, and a read stream's 64 KB chunk and its ticks cost more than the read itself. The size
 * is checked before reading, and the read still stops as soon as a file that grows passes `max`.
 */
async function readFileLimited(file: string, max: number): Promise<Buffer | IngestError> {
  // checked by name before opening: opening a named pipe would wait for a writer
  const stat = await fs.stat(file);
  if (!stat.isFile()) return new IngestError("", "not a regular file");
  if (stat.size > max) return new IngestError("", `larger than the ${mb(max)} limit (${mb(stat.size)})`);
  const handle = await fs.open(file, "r");
  try {
    // one byte more than the size, so that the end of the file is seen in the first read
    let buf = Buffer.allocUnsafe(stat.size + 1);
    let size = 0;
    for (;;) {
      if (size === buf.length) {
        if (size > max) return new IngestError("", `larger than the ${mb(max)} limit`);
        const grown = Buffer.allocUnsafe(Math.min(max + 1, buf.length * 2));
        buf.copy(grown, 0, 0, size);
        buf = grown;
      }
      const { bytesRead } = await handle.read(buf, size, buf.length - size, null);
      if (bytesRead === 0) break;
      size += bytesRead;
    }
    if (size > max) return new IngestError("", `larger than the ${mb(max)} limit`);
    return buf.subarray(0, size);
  } finally {
    await handle.close();
  }
}

/** Reads a stream into memory, giving up as soon as it passes `max` bytes. */
async function readLimited(stream: Readable, max: number): Promise<Buffer | IngestError> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      if (size > max) {
        stream.destroy();
        return new IngestError("", `larger than the ${mb(max)} limit`);
      }
      chunks.push(b);
    }
  } catch (e) {
    return new IngestError("", fsReason(e));
  }
  return Buffer.concat(chunks);
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return (e as Error).message ?? String(e);
}

/**
 * Documents from bytes already in memory (an upload, a file read elsewhere). `source`
 * names them in documents and errors, and its extension, when it has one, says the format.
 */
export function readBuffer(bytes: Buffer | Uint8Array, source: string, options: ReadOptions = {}): Item[] {
  return readBytes(bytes, source, source, options, 0);
}

function readBytes(bytes: Uint8Array, source: string, name: string, options: ReadOptions, depth: number): Item[] {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) return [new IngestError(source, `larger than the ${mb(max)} limit (${mb(bytes.length)})`)];
  if (isGzip(bytes)) {
    if (depth > 0) return [new IngestError(source, "gzip inside gzip is not read")];
    let inner: Buffer;
    try {
      // the output cap stops a small file that expands to gigabytes (a decompression bomb)
      inner = gunzipSync(bytes, { maxOutputLength: max });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return [new IngestError(source, code === "ERR_BUFFER_TOO_LARGE" ? `decompresses to more than the ${mb(max)} limit` : "corrupt gzip data")];
    }
    return readBytes(inner, source, name.replace(/\.gz$/i, ""), options, depth + 1);
  }
  try {
    const decoded = decodeText(bytes, declaredCharset(bytes));
    return readText(decoded.text, source, sniffFormat(name, decoded.text), options);
  } catch (e) {
    if (e instanceof DecodeError) return [new IngestError(source, e.message)];
    return [new IngestError(source, `could not be read (${(e as Error).message})`)];
  }
}

function readText(text: string, source: string, format: SourceFormat, options: ReadOptions): Item[] {
  if (!text.trim()) return [new IngestError(source, "empty")];
  const defaults = options.defaults ?? {};
  const over = options.overrides ?? {};
  if (format === "jsonl") {
    const out: Item[] = [];
    for (const rec of parseJsonLines(text, source)) {
      if (rec instanceof IngestError) {
        out.push(rec);
        continue;
      }
      if (rec.html !== undefined) {
        const page = safeReadHtml(rec.html, rec.source);
        if (page instanceof IngestError) out.push(page);
        else out.push(finish(page.text, rec.source, "jsonl", [over, rec.meta, page.meta, defaults]));
      } else {
        const body = rec.text ?? "";
        if (!body.trim()) out.push(new IngestError(rec.source, "empty text"));
        else out.push(finish(body, rec.source, "jsonl", [over, rec.meta, defaults, guessPlainMeta(body, "")]));
      }
    }
    if (out.length === 0) return [new IngestError(source, "empty")];
    return out;
  }
  if (format === "html") {
    const page = safeReadHtml(text, source);
    if (page instanceof IngestError) return [page];
    return [finish(page.text, source, "html", [over, page.meta, defaults, guessPlainMeta("", source)])];
  }
  return [finish(text, source, "text", [over, defaults, guessPlainMeta(text, source)])];
}

function safeReadHtml(html: string, source: string): { text: string; meta: DocumentMeta } | IngestError {
  let page;
  try {
    page = readHtml(html);
  } catch (e) {
    return new IngestError(source, `HTML could not be parsed (${(e as Error).message})`);
  }
  if (!page.text.trim()) return new IngestError(source, "no article text found in the HTML");
  return page;
}

/** A document whose metadata takes each field from the first layer that has it. */
function finish(text: string, source: string, format: SourceFormat, layers: DocumentMeta[]): Document {
  const meta: DocumentMeta = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer) as [keyof DocumentMeta, string | undefined][]) {
      if (meta[k] !== undefined || typeof v !== "string" || !v.trim()) continue;
      if (k === "published") {
        const d = normaliseDate(v);
        if (d) meta.published = d;
      } else meta[k] = v;
    }
  }
  return makeDocument(text, source, format, meta);
}
