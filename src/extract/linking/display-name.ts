// The name an analyst sees for a listed person or group. The lists' formal names are chains an
// analyst would not write ("Dr. Ibrahim 'Awwad Ibrahim 'Ali al-Badri" for Abu Bakr al-Baghdadi,
// "Private Military Company 'Wagner'"): the entity is shown by the name the report gives it, or,
// where the report uses only a surname or an acronym, by the shortest alias of the list's that
// holds what the report wrote. The list's name stays first among the aliases.
import type { Doc, EntityInfo, Mention } from "../doc.js";
import { DETERMINERS, PRONOUNS, TITLES } from "../ner/lexicon.js";

/** A mention's text as a name: no leading article, titles or trailing possessive. */
function asName(text: string): string {
  const words = text.replace(/['’]s$/, "").split(/\s+/).filter(Boolean);
  let a = 0;
  while (a < words.length - 1 && (DETERMINERS.has(words[a].toLowerCase()) || TITLES.has(words[a].toLowerCase()))) a++;
  let z = words.length;
  // "the Islamic State group": a lower-case common noun after the name is not part of it
  if (z - a >= 3 && /^(group|militia|movement|organi[sz]ation|network)$/.test(words[z - 1])) z--;
  return words.slice(a, z).join(" ");
}

/** Lower-case words that may stand inside a name: particles and links ("al Qaeda in the Islamic Maghreb"). */
const LINK = /^(?:al|el|ad|ag|as|ash|at|az|an|ar|ul|wa|wal|bin|ibn|bint|abu|ben|ould|de|du|la|le|van|von|of|the|in|and|for|on)(?:[-‐’'].*)?$/;
/** Whether every word is capitalised or a link: "the leaders of Ansar Dine" is a description holding a name. */
const looksLikeName = (n: string): boolean => n.split(/\s+/).every((w) => /^[\p{Lu}\d"“‘'(]/u.test(w) || LINK.test(w));

const wordsOf = (s: string): string[] => s.toLowerCase().split(/[\s\-‐'’‘]+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean);
/** Letters and digits only: an alias that is not a plain name (another script, a note in brackets) is never shown. */
const plain = (s: string): boolean => /^[\p{Script=Latin}\s.'’‘\-]+$/u.test(s) && !/[()[\];]/.test(s);

/** The name to show for a listed entity, from the names its mentions use in this document (in text order). */
export function displayName(info: EntityInfo, used: readonly string[]): string | undefined {
  const names = [...new Set(used.map(asName))].filter((n) => /\p{Lu}/u.test(n) && !PRONOUNS.has(n.toLowerCase()) && looksLikeName(n));
  if (!names.length) return undefined;
  const size = (n: string): number => wordsOf(n).length;
  // the first name of two words or more the report writes: a report introduces an actor by its
  // full name ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the “Group for the Support of …”")
  const full = names.find((n) => size(n) >= 2);
  if (full) return full;
  const fullest = names[0];
  // "Baghdadi", "Wagner": the shortest plain alias of two words or more that holds the word
  const word = wordsOf(fullest)[0];
  if (!word || /^[A-Z0-9]+$/.test(fullest)) return undefined;
  const holding = [info.name, ...info.aliases].filter((a) => plain(a) && size(a) >= 2 && wordsOf(a).includes(word));
  holding.sort((a, b) => size(a) - size(b) || a.length - b.length);
  return holding[0];
}

/**
 * Renames each listed person and group (an entity with list references) to the name the report
 * uses; the list's formal name moves to the front of the aliases. Entities of other kinds keep
 * their names: a country's or a place's reference name is already the one analysts use.
 */
export function nameListedEntities(doc: Doc): void {
  const used = new Map<string, string[]>();
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start) as Mention[]) {
    const info = doc.entities.get(m.entityId);
    if (!info || !info.refs || !Object.keys(info.refs).length) continue;
    if (info.type !== "person" && info.type !== "armed_group" && info.type !== "organization") continue;
    if (m.source === "coref" && PRONOUNS.has(m.text.toLowerCase())) continue;
    const list = used.get(info.id) ?? [];
    list.push(m.text);
    used.set(info.id, list);
  }
  for (const [id, texts] of used) {
    const info = doc.entities.get(id)!;
    // the names this report uses ("ISIS", "Daesh") lead the aliases: the list's own may be
    // dozens long and cut short, and these are the ones an analyst searches for
    const written = [...new Set(texts.map(asName))].filter((n) => /\p{Lu}/u.test(n) && looksLikeName(n) && plain(n));
    const name = displayName(info, texts) ?? info.name;
    const formal = name === info.name ? [] : [info.name];
    info.aliases = [...new Set([...formal, ...written, ...info.aliases])].filter((a) => a !== name);
    info.name = name;
  }
}
