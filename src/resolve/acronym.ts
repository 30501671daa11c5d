// Acronyms and their expansions: "AQIM" is "al-Qaeda in the Islamic Maghreb", "AST" is
// "Ansar al-Sharia in Tunisia", "ISIL" is "Islamic State of Iraq and the Levant". Reporters
// drop or keep the function words and the Arabic article as they please, so each expansion
// gives every reading of its initials.
import { NAME_FUNCTION_WORDS } from "./function-words.js";

/** The Arabic article and its joined forms, which some acronyms keep (AQIM) and some drop (AST). */
const ARTICLES = new Set(["al", "el", "wal", "wel", "ul"]);

/** The letters of a name written as an acronym ("A.Q.I.M." → "AQIM"), else undefined. */
export function acronymLetters(name: string): string | undefined {
  const compact = name.trim().replace(/[.\s&-]/g, "");
  if (!/^[A-Z][A-Za-z]{1,7}$/.test(compact)) return undefined;
  // mostly capitals: "AQIM", "ISKP", "AQAP", "IS-K"; never a word like "Hamas" or "Ansar"
  const capitals = compact.replace(/[^A-Z]/g, "").length;
  return capitals >= 2 && capitals >= compact.length - 1 ? compact.toUpperCase() : undefined;
}

/** Every acronym the name could be written as, 2 letters or more. */
export function acronymsOf(name: string): Set<string> {
  const words = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/['’ʿʾ`]/g, "")
    .split(/[^A-Za-z0-9]+/).filter(Boolean);
  const out = new Set<string>();
  if (words.length < 2) return out;
  const initials = (keep: (w: string) => boolean) => words.filter(keep).map((w) => w[0].toUpperCase()).join("");
  for (const v of [
    initials(() => true),
    initials((w) => !NAME_FUNCTION_WORDS.has(w.toLowerCase())),
    initials((w) => !NAME_FUNCTION_WORDS.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase())),
  ]) if (v.length >= 2) out.add(v);
  return out;
}
