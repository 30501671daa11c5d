// Accents and case folded one character at a time, keeping the length: "Ṣabratha" indexes and
// matches as "sabratha", and an offset found in the folded text is the same offset in the
// original, so a search passage can be cut from the text the analyst reads. Done here rather
// than with PostgreSQL's unaccent extension, which a store's owner may not be allowed to create.

const MARKS = /[\u0300-\u036f]/g;
const cache = new Map<string, string>();

export function foldText(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  let f = cache.get(ch);
  if (f === undefined) {
    const bare = ch.normalize("NFKD").replace(MARKS, "").toLowerCase();
    const lower = ch.toLowerCase();
    f = bare.length === ch.length ? bare : lower.length === ch.length ? lower : ch;
    cache.set(ch, f);
  }
  return f;
}
