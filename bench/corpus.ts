// A generated corpus of conflict reports for benchmarks: varied actors, places, figures and
// dates in the sentence shapes real reporting uses. Deterministic for a given seed.
import fs from "node:fs";
import path from "node:path";

const COUNTRIES = ["Tunisia", "Libya", "Syria", "Iraq", "Turkey", "Mali", "Niger", "Somalia", "Yemen", "Nigeria", "Afghanistan", "Egypt", "Morocco", "Jordan", "Kenya", "Burkina Faso"];
const DEMONYMS = ["Tunisians", "Libyans", "Moroccans", "Egyptians", "Jordanians", "Somalis", "Yemenis", "Nigerians", "Kenyans", "Malians"];
const GROUPS = ["ISIS", "al Qaeda", "al-Shabaab", "Boko Haram", "Ansar al-Sharia", "Hayat Tahrir al-Sham", "JNIM", "the Islamic State West Africa Province", "AQAP", "the Taliban"];
const CITIES = ["Derna", "Sirte", "Raqqa", "Mosul", "Gao", "Timbuktu", "Kismayo", "Maiduguri", "Aden", "Kunduz", "Benghazi", "Idlib", "Tal Afar", "Ben Guerdane", "Diffa"];
const FIRST = ["Ahmed", "Karim", "Youssef", "Omar", "Hassan", "Ibrahim", "Mariam", "Fatima", "Ali", "Samir", "Nadia", "Khalid"];
const LAST = ["Ben Salah", "al-Masri", "Haddad", "Mansour", "Toure", "Abdi", "Bakr", "al-Tunisi", "Diallo", "Farah", "Kone", "Nasser"];
const ORGS = ["the Atlantic Council", "the International Crisis Group", "the U.S. Treasury", "the United Nations", "the Washington Institute", "Human Rights Watch", "the interior ministry"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

export function generateReport(i: number): { title: string; published: string; text: string } {
  const r = rng(i * 7919 + 13);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const n = () => (Math.floor(r() * 90) + 10) * (r() < 0.5 ? 10 : 100);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const year = 2012 + Math.floor(r() * 12);
  const published = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
  const sentences = [
    () => `As of last ${pick(MONTHS)}, an estimated ${n().toLocaleString("en-US")} ${pick(DEMONYMS)} had traveled to ${pick(COUNTRIES)} and ${pick(COUNTRIES)} to join ${pick(GROUPS)}.`,
    () => `According to ${person()}, a senior fellow at ${pick(ORGS)}, around ${n().toLocaleString("en-US")} fighters have gone to ${pick(CITIES)}, where ${pick(GROUPS)} has its base.`,
    () => `Fighters were trained in camps near ${pick(CITIES)} and then sent to ${pick(COUNTRIES)} through ${pick(COUNTRIES)} with the help of local recruiters.`,
    () => `Earlier this month, the government said it had stopped ${n().toLocaleString("en-US")} would-be fighters from leaving for ${pick(COUNTRIES)}.`,
    () => `${person()}, the leader of ${pick(GROUPS)}, reportedly switched allegiance to ${pick(GROUPS)} late last year.`,
    () => `Weapons smuggled out of ${pick(COUNTRIES)} were procured by ${pick(GROUPS)} and sold in ${pick(CITIES)}.`,
    () => `“We lost many soldiers who were killed there,” said ${person()}, a resident of ${pick(CITIES)}. “The recruiters come to the mosques after prayers.”`,
    () => `${person()} was added to the U.S. list of Specially Designated Global Terrorists in ${year - 1}.`,
    () => `Coalition airstrikes targeted ${pick(GROUPS)} positions around ${pick(CITIES)} on Friday, killing at least ${Math.floor(r() * 40) + 2} militants, officials said.`,
    () => `${pick(GROUPS)} may be running training there together with ${pick(GROUPS)}, which it otherwise opposes.`,
    () => `Online propaganda urges young ${pick(DEMONYMS)} to go to ${pick(COUNTRIES)} and fight, ${pick(ORGS)} said in a report.`,
    () => { const low = n(); return `Between ${low.toLocaleString("en-US")} and ${(low * 3).toLocaleString("en-US")} foreign fighters remain in ${pick(CITIES)}, according to ${pick(ORGS)}.`; },
  ];
  const paragraphs: string[] = [];
  const length = 8 + Math.floor(r() * 5);
  for (let p = 0; p < length; p++) {
    const k = 3 + Math.floor(r() * 3);
    paragraphs.push(Array.from({ length: k }, () => pick(sentences)()).join(" "));
  }
  const title = `${pick(GROUPS)} draws fighters from ${pick(COUNTRIES)} to ${pick(CITIES)} (${i})`;
  return { title, published, text: `${title}\n\n${paragraphs.join("\n\n")}\n` };
}

/** Writes reports 0..n-1 as dated text files in `dir`, one at a time (never a corpus in memory). */
export function writeCorpus(dir: string, n: number): { files: number; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const r = generateReport(i);
    const file = path.join(dir, `${r.published}-report-${String(i).padStart(6, "0")}.txt`);
    fs.writeFileSync(file, r.text);
    bytes += Buffer.byteLength(r.text);
  }
  return { files: n, bytes };
}
