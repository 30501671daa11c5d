import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { IngestError, type Document } from "../../src/ingest/document.js";
import { readBuffer, readSources, type ReadOptions } from "../../src/ingest/read.js";

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/ingest");
const fix = (name: string) => path.join(FIX, name);

async function readAll(inputs: string[], options?: ReadOptions) {
  const out: (Document | IngestError)[] = [];
  for await (const item of readSources(inputs, options)) out.push(item);
  return out;
}
const docs = (items: (Document | IngestError)[]) => items.filter((i): i is Document => !(i instanceof IngestError));
const errors = (items: (Document | IngestError)[]) => items.filter((i): i is IngestError => i instanceof IngestError);

describe("plain text reports", () => {
  it("keep the text exactly as written, Windows line endings included, so offsets point into the analyst's own file", async () => {
    const [doc] = docs(await readAll([fix("2015-11-24-derna.txt")]));
    expect(doc.text).toBe(readFileSync(fix("2015-11-24-derna.txt"), "utf8"));
    expect(doc.text).toContain("clashes\r\nwith Islamic State");
    expect(doc.format).toBe("text");
  });

  it("take a short first line without a full stop as the headline", async () => {
    const [doc] = docs(await readAll([fix("2015-11-24-derna.txt")]));
    expect(doc.title).toBe("Two fighters killed near Derna");
  });

  it("do not take an opening sentence as the headline", () => {
    const [doc] = readBuffer(Buffer.from("Gunmen attacked a checkpoint in Ben Guerdane on Monday.\nThree officers died.\n"), "note.txt") as Document[];
    expect(doc.title).toBeUndefined();
  });

  it("are dated by a YYYY-MM-DD date in the file name when nothing better is known", async () => {
    const [doc] = docs(await readAll([fix("2015-11-24-derna.txt")]));
    expect(doc.published).toBe("2015-11-24");
  });

  it("give the same document id for the same text, from a file or from uploaded bytes", async () => {
    const [a] = docs(await readAll([fix("folder/a-tripoli.txt")]));
    const [b] = docs(await readAll([fix("folder/a-tripoli.txt")]));
    const [c] = readBuffer(readFileSync(fix("folder/a-tripoli.txt")), "upload.txt") as Document[];
    expect(a.id).toBe(b.id);
    expect(c.id).toBe(a.id);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it("read curly quotes and dashes from a Windows-1252 file", async () => {
    const [doc] = docs(await readAll([fix("tunis-cp1252.txt")]));
    expect(doc.text).toContain("Tunisia\u2019s \u201creturnees\u201d law");
    expect(doc.text).toContain("Libya \u2014 most of them");
  });

  it("read UTF-16 files of either byte order to the same text, without the byte-order mark", async () => {
    const [le, be] = docs(await readAll([fix("sirte-utf16le.txt"), fix("sirte-utf16be.txt")]));
    expect(le.text.startsWith("Sirte airbase report")).toBe(true);
    expect(be.text).toBe(le.text);
    expect(le.id).toBe(be.id);
  });

  it("strip a UTF-8 byte-order mark and nothing else", () => {
    const [doc] = readBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Misrata\n\nShelling resumed.\n")]), "bom.txt") as Document[];
    expect(doc.text).toBe("Misrata\n\nShelling resumed.\n");
  });

  it("are read from inside a .gz file", async () => {
    const [doc] = docs(await readAll([fix("sabratha.txt.gz")]));
    expect(doc.text).toContain("air strike on a training camp near Sabratha");
    expect(doc.source).toBe(fix("sabratha.txt.gz"));
  });
});

describe("command-line metadata", () => {
  it("fills in a date the file does not give", async () => {
    const [doc] = docs(await readAll([fix("folder/a-tripoli.txt")], { defaults: { published: "2016-01-13" } }));
    expect(doc.published).toBe("2016-01-13");
  });

  it("as a default, gives way to the date a page states about itself", async () => {
    const [doc] = docs(await readAll([fix("misrata-page.html")], { defaults: { published: "2016-01-13" } }));
    expect(doc.published).toBe("2016-03-04");
  });

  it("as a default, wins over a title Dossier only guessed from the first line", async () => {
    const [doc] = docs(await readAll([fix("2015-11-24-derna.txt")], { defaults: { title: "Derna brief" } }));
    expect(doc.title).toBe("Derna brief");
  });

  it("as an override, corrects what the page says", async () => {
    const [doc] = docs(await readAll([fix("misrata-page.html")], { overrides: { published: "4 March 2016", title: "Misrata" } }));
    expect(doc.published).toBe("2016-03-04");
    expect(doc.title).toBe("Misrata");
  });
});

describe("JSON Lines exports", () => {
  it("give one document a line, named FILE#LINE, with the record's title, url and date", async () => {
    const items = await readAll([fix("wires.jsonl")]);
    const [ras, ajdabiya] = docs(items);
    expect(ras.source).toBe(`${fix("wires.jsonl")}#1`);
    expect(ras.title).toBe("Ras Jedir arrests");
    expect(ras.url).toBe("https://wire.example/ras-jedir");
    expect(ras.published).toBe("2015-06-02");
    expect(ras.format).toBe("jsonl");
    expect(ajdabiya.source).toBe(`${fix("wires.jsonl")}#3`);
    expect(ajdabiya.text).toContain("Fighting resumed in the Ajdabiya area");
    expect(ajdabiya.text).not.toContain("<p>");
    expect(ajdabiya.published).toBe("2015-06-07");
  });

  it("report a broken line by file and line number and still read the lines after it", async () => {
    const items = await readAll([fix("wires.jsonl")]);
    expect(items.map((i) => (i instanceof IngestError ? `error ${i.input}` : `doc ${i.source}`))).toEqual([
      `doc ${fix("wires.jsonl")}#1`,
      `error ${fix("wires.jsonl")}#2`,
      `doc ${fix("wires.jsonl")}#3`,
      `error ${fix("wires.jsonl")}#5`,
    ]);
    expect(errors(items)[0].reason).toMatch(/not valid JSON/);
    expect(errors(items)[1].reason).toMatch(/no "text" or "html"/);
  });

  it("are recognised on standard input-like sources by their content", () => {
    const items = readBuffer(readFileSync(fix("wires.jsonl")), "-");
    expect(docs(items)[0].source).toBe("-#1");
  });
});

describe("folders", () => {
  it("are read recursively in name order, hidden files skipped, a binary reported without stopping the batch", async () => {
    const items = await readAll([fix("folder")]);
    expect(items.map((i) => path.relative(FIX, i instanceof IngestError ? i.input : i.source))).toEqual([
      "folder/a-tripoli.txt",
      "folder/sub/benghazi.html",
      "folder/sub/deeper/zawiya.txt.gz",
      "folder/sub/map.png",
    ]);
    const png = errors(items)[0];
    expect(png.reason).toBe("binary content");
    expect(docs(items).map((d) => d.format)).toEqual(["text", "html", "text"]);
  });

  it("with nothing to read give an error naming the folder", async () => {
    const [err] = await readAll([fix("empty-folder-parent")]);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).input).toBe(fix("empty-folder-parent"));
  });
});

describe("bad input", () => {
  it("gives one error per bad file, naming it, and the good files around it are still read", async () => {
    const inputs = [fix("empty.txt"), fix("blank.txt"), fix("shift-jis.txt"), fix("no-such-report.txt"), fix("folder/a-tripoli.txt")];
    const items = await readAll(inputs);
    expect(items).toHaveLength(5);
    const reasons = items.slice(0, 4).map((i) => [(i as IngestError).input, (i as IngestError).reason]);
    expect(reasons).toEqual([
      [fix("empty.txt"), "empty"],
      [fix("blank.txt"), "empty"],
      [fix("shift-jis.txt"), expect.stringMatching(/invalid encoding/)],
      [fix("no-such-report.txt"), "no such file or folder"],
    ]);
    expect(items[4]).not.toBeInstanceOf(IngestError);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const [err] = await readAll([fix("misrata-page.html")], { maxBytes: 1000 });
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).reason).toMatch(/larger than the .* limit/);
  });

  it("reads a long report whole, byte for byte, and one exactly at the size limit too", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dossier-ingest-"));
    const file = path.join(dir, "2016-02-01-long-monitor.txt");
    // several hundred KB, with accented names and curly quotes across any read-size boundary
    const paragraph = "Fighters from Ben Guerdane crossed to Sabratha, “according to residents”, said Hédi Ben Salah.\n\n";
    const text = "Monthly monitor: crossings into Libya\n\n" + paragraph.repeat(4000);
    writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    const [doc] = docs(await readAll([file], { maxBytes: bytes }));
    expect(doc.text).toBe(text);
    const [err] = await readAll([file], { maxBytes: bytes - 1 });
    expect((err as IngestError).reason).toMatch(/larger than the .* limit/);
  });

  it("refuses a small .gz that expands past the size limit (a decompression bomb)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dossier-ingest-"));
    const bomb = path.join(dir, "report.txt.gz");
    writeFileSync(bomb, gzipSync(Buffer.alloc(4 * 1024 * 1024, "a")));
    const [err] = await readAll([bomb], { maxBytes: 1024 * 1024 });
    expect((err as IngestError).reason).toMatch(/decompresses to more than/);
  });

  it("calls a NUL-filled file binary rather than text", () => {
    const bytes = Buffer.alloc(4096);
    bytes.write("MZ header of some executable");
    const [err] = readBuffer(bytes, "tool.exe");
    expect((err as IngestError).reason).toBe("binary content");
  });

  it("reports a corrupt .gz instead of crashing", () => {
    const gz = gzipSync(Buffer.from("Sirte report text that will be cut short by a bad download"));
    const [err] = readBuffer(gz.subarray(0, 20), "cut.txt.gz");
    expect((err as IngestError).reason).toBe("corrupt gzip data");
  });
});
