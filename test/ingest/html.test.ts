import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IngestError, type Document } from "../../src/ingest/document.js";
import { readBuffer } from "../../src/ingest/read.js";

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/ingest");
const page = () => readBuffer(readFileSync(path.join(FIX, "misrata-page.html")), "misrata-page.html")[0] as Document;

describe("a news page", () => {
  it("keeps every paragraph of the article body", () => {
    const doc = page();
    expect(doc.format).toBe("html");
    expect(doc.text).toContain("A convoy of about 40 vehicles belonging to a Misrata-based militia was shelled on Thursday");
    expect(doc.text).toContain("fighters loyal to the Islamic State group have held the port");
    expect(doc.text).toContain("called on all sides to protect civilians");
  });

  it("drops the menu, the advert, share buttons, the photo caption, related links, comments and the footer", () => {
    const text = page().text;
    for (const furniture of ["Home", "Subscribe", "Cheap flights", "Share on Facebook", "Smoke rises over", "Ben Guerdane",
      "Reader from Benghazi", "Most read", "All rights reserved", "By Leila Haddad"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("gives clean paragraphs: blank lines between them, the subheading on its own line, entities decoded, no markup", () => {
    const text = page().text;
    const paragraphs = text.split("\n\n");
    expect(paragraphs).toContain("Who fired");
    expect(paragraphs.every((p) => !p.includes("\n") && p === p.trim() && !/\s{2}/.test(p))).toBe(true);
    expect(text).toContain("blamed \u201cforces coming from the east\u201d and said the vehicles carried & supplies");
    expect(text).not.toMatch(/<|&ldquo;|&amp;/);
  });

  it("reads title, author, publisher, canonical URL and the published date from its metadata and JSON-LD", () => {
    const doc = page();
    expect(doc.title).toBe("Militia convoy shelled near Misrata, monitors say");
    expect(doc.author).toBe("Leila Haddad");
    expect(doc.publisher).toBe("The Coastal Monitor");
    expect(doc.url).toBe("https://coastal-monitor.example/2016/03/04/misrata-convoy-shelled");
    expect(doc.published).toBe("2016-03-04");
  });

  it("saved in Windows-1252 keeps its curly quotes", () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>The minister called the raid \x93a success\x94 and said 14 suspects were held in Kasserine.</p></body></html>';
    const [doc] = readBuffer(Buffer.from(html, "latin1"), "kasserine.html") as Document[];
    expect(doc.text).toBe("The minister called the raid \u201ca success\u201d and said 14 suspects were held in Kasserine.");
  });

  it("is dated from a <time> element when it has no metadata", () => {
    const html = `<html><body><article><time datetime="2014-05-16T09:30:00+02:00">16 May</time>
      <p>Forces loyal to a retired general attacked Islamist militia bases in Benghazi on Friday, residents said.</p></article></body></html>`;
    const [doc] = readBuffer(Buffer.from(html), "benghazi.html") as Document[];
    expect(doc.published).toBe("2014-05-16");
  });
});

describe("broken or empty HTML", () => {
  it("with unclosed tags still gives its paragraphs", () => {
    const [doc] = readBuffer(readFileSync(path.join(FIX, "broken-page.html")), "broken-page.html") as Document[];
    expect(doc.text).toContain("Gunmen attacked a police checkpoint in Ben Guerdane");
    expect(doc.text).toContain("Residents reported hearing explosions");
    expect(doc.title).toBe("Checkpoint attack in Ben Guerdane");
  });

  it("with no text at all is an error saying so, not an empty document", () => {
    const [err] = readBuffer(Buffer.from("<html><head><script>var a=1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>"), "shell.html");
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).reason).toMatch(/no article text/);
  });

  it("that is garbage bytes after a page header is an error, not a crash", () => {
    const bytes = Buffer.concat([Buffer.from("<html><body>"), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))]);
    const [item] = readBuffer(bytes, "mangled.html");
    expect(item).toBeInstanceOf(IngestError);
  });
});
