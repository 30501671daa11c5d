// Five short reports from four publishers about Tunisian fighters, Ansar al-Sharia in Tunisia
// and the Islamic State, with hand-made extractions. They agree, disagree and repeat each other
// the way real coverage does: close estimates from independent outlets, a figure twice as high,
// a denial, one analyst quoted by two outlets, two articles from one publisher.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeDocument, type Document } from "../../src/ingest/document.js";
import { extractionSchema, type Arg, type Claim, type Entity, type EntityType, type Extraction } from "../../src/extract/contract.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";

type Known = { id: string; type: EntityType; name: string; aliases?: string[]; country?: string; lat?: number; lon?: number };

export const E = {
  TN: { id: "country:TN", type: "country", name: "Tunisia", aliases: ["Tunisians"], country: "TN", lat: 34, lon: 9 },
  SY: { id: "country:SY", type: "country", name: "Syria", country: "SY", lat: 35, lon: 38 },
  LY: { id: "country:LY", type: "country", name: "Libya", country: "LY", lat: 25, lon: 17 },
  IS: { id: "group:islamic-state", type: "armed_group", name: "Islamic State", aliases: ["ISIS"] },
  AST: { id: "group:ansar-al-sharia-tunisia", type: "armed_group", name: "Ansar al-Sharia in Tunisia", aliases: ["Ansar al-Sharia", "AST"], country: "TN" },
  AQ: { id: "group:al-qaeda", type: "armed_group", name: "al Qaeda" },
  BH: { id: "person:seifallah-ben-hassine", type: "person", name: "Seifallah Ben Hassine", aliases: ["Ben Hassine"], country: "TN" },
  MEZRAN: { id: "person:karim-mezran", type: "person", name: "Karim Mezran" },
  MOI: { id: "org:tunisian-interior-ministry", type: "organization", name: "Interior Ministry", country: "TN" },
  COALITION: { id: "org:coalition", type: "organization", name: "Coalition" },
  DAWN: { id: "group:libya-dawn", type: "armed_group", name: "Libya Dawn", country: "LY" },
  SIRTE: { id: "place:sirte", type: "place", name: "Sirte", country: "LY", lat: 31.2, lon: 16.6 },
} satisfies Record<string, Known>;

const WORD = /[\p{L}\p{N}]/u;

/** Where `phrase` first stands as whole words in `text`, at or after `from`. */
function locate(text: string, phrase: string, from = 0): [number, number] {
  for (let at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (WORD.test(text[at - 1] ?? " ") || WORD.test(text[at + phrase.length] ?? " ")) continue;
    return [at, at + phrase.length];
  }
  throw new Error(`fixture: "${phrase}" is not in the text`);
}

type ArgSpec = [text: string, entity?: Known];

interface ClaimSpec extends Partial<Pick<Claim, "quantity" | "time" | "modality">> {
  id: string;
  type: Claim["type"];
  sentence: string;
  args: Record<string, ArgSpec | ArgSpec[]>;
  by?: ArgSpec;
}

export interface ReportSpec {
  source: string;
  title: string;
  publisher: string;
  published: string;
  url?: string;
  text: string;
  claims: ClaimSpec[];
}

/** The document and a contract-valid extraction, every span found in the text. */
export function buildReport(spec: ReportSpec): { doc: Document; extraction: Extraction } {
  const doc = makeDocument(spec.text, spec.source, "text", { title: spec.title, publisher: spec.publisher, published: spec.published, url: spec.url });
  const entities = new Map<string, Entity>();
  const use = (k: Known | undefined, span: [number, number]) => {
    if (!k) return;
    const e = entities.get(k.id) ?? { ...k, aliases: k.aliases ?? [], mentions: [] };
    if (!e.mentions.some((m) => m[0] === span[0])) e.mentions.push(span);
    entities.set(k.id, e);
  };
  const claims: Claim[] = spec.claims.map((c) => {
    const evidence = locate(spec.text, c.sentence);
    const arg = ([text, k]: ArgSpec): Arg => {
      // an argument may stand outside the evidence sentence ("X, the leader of Y, … switched")
      let span: [number, number];
      try { span = locate(spec.text, text, evidence[0]); } catch { span = locate(spec.text, text); }
      use(k, span);
      return k ? { entity: k.id, text, span } : { text, span };
    };
    const args: Claim["args"] = {};
    for (const [role, a] of Object.entries(c.args)) args[role] = Array.isArray(a[0]) ? (a as ArgSpec[]).map(arg) : arg(a as ArgSpec);
    let attribution: Claim["attribution"] = null;
    if (c.by) {
      attribution = { text: c.by[0] };
      if (c.by[1]) { attribution.entity = c.by[1].id; use(c.by[1], locate(spec.text, c.by[0], evidence[0])); }
    }
    const claim: Claim = { id: c.id, type: c.type, args, attribution, modality: c.modality ?? "asserted", evidence, confidence: 0.9 };
    if (c.quantity) claim.quantity = c.quantity;
    if (c.time) claim.time = c.time;
    return claim;
  });
  const extraction = extractionSchema.parse({
    document: { id: doc.id, file: spec.source, title: spec.title, published: spec.published },
    entities: [...entities.values()],
    claims,
  });
  return { doc, extraction };
}

const q = (value: number, text: string, bound: "exact" | "about" = "about") =>
  ({ value, low: null, high: null, approx: bound === "about", bound, unit: "people", text });

export const REPORTS: Record<"A" | "B" | "C" | "D" | "E", ReportSpec> = {
  A: {
    source: "north-africa-monitor-pipeline.txt", title: "Tunisia's pipeline to Syria", publisher: "North Africa Monitor",
    published: "2015-03-01", url: "https://northafricamonitor.example/tunisia-pipeline",
    text: "TUNIS — An estimated 3,000 Tunisians had travelled to Syria as of October 2014, more than from any other country. "
      + "Seifallah Ben Hassine, the leader of Ansar al-Sharia in Tunisia, reportedly switched allegiance from AST to ISIS late last year. "
      + "Ansar al-Sharia, an al Qaeda affiliate, was banned by Tunisia in 2013.",
    claims: [
      { id: "c1", type: "flow", sentence: "An estimated 3,000 Tunisians had travelled to Syria as of October 2014", modality: "estimated",
        args: { people: ["3,000 Tunisians", E.TN], origin: ["Tunisians", E.TN], destination: ["Syria", E.SY] },
        quantity: q(3000, "An estimated 3,000"), time: { value: "2014-10", precision: "month", relation: "as_of", text: "as of October 2014" } },
      { id: "c2", type: "leadership", sentence: "Seifallah Ben Hassine, the leader of Ansar al-Sharia in Tunisia",
        args: { leader: ["Seifallah Ben Hassine", E.BH], group: ["Ansar al-Sharia in Tunisia", E.AST], role: ["leader"] } },
      { id: "c3", type: "allegiance", sentence: "reportedly switched allegiance from AST to ISIS late last year", modality: "reported",
        args: { subject: ["Seifallah Ben Hassine", E.BH], group: ["ISIS", E.IS], previous: ["AST", E.AST] },
        time: { value: "2014", precision: "year", relation: "at", text: "late last year" } },
      { id: "c4", type: "membership", sentence: "Ansar al-Sharia, an al Qaeda affiliate",
        args: { member: ["Ansar al-Sharia", E.AST], group: ["al Qaeda", E.AQ], role: ["affiliate"] } },
      { id: "c5", type: "designation", sentence: "was banned by Tunisia in 2013",
        args: { target: ["Ansar al-Sharia", E.AST], authority: ["Tunisia", E.TN] },
        time: { value: "2013", precision: "year", relation: "at", text: "in 2013" } },
    ],
  },
  B: {
    source: "sahel-observer-returnees.txt", title: "Tunisia braces for returning fighters", publisher: "Sahel Observer",
    published: "2015-04-10",
    text: "Some 3,200 Tunisians went to Syria in 2014, officials in Tunis said on Thursday. "
      + "Ben Hassine, who leads Ansar al-Sharia in Tunisia, is said to run a joint AST-ISIS operation near the Libyan border.",
    claims: [
      { id: "c1", type: "flow", sentence: "Some 3,200 Tunisians went to Syria in 2014", modality: "reported", by: ["officials in Tunis"],
        args: { people: ["3,200 Tunisians", E.TN], origin: ["Tunisians", E.TN], destination: ["Syria", E.SY] },
        quantity: q(3200, "Some 3,200"), time: { value: "2014", precision: "year", relation: "during", text: "in 2014" } },
      { id: "c2", type: "leadership", sentence: "Ben Hassine, who leads Ansar al-Sharia in Tunisia",
        args: { leader: ["Ben Hassine", E.BH], group: ["Ansar al-Sharia in Tunisia", E.AST] } },
      { id: "c3", type: "alliance", sentence: "is said to run a joint AST-ISIS operation", modality: "reported",
        args: { parties: [["AST", E.AST], ["ISIS", E.IS]] } },
    ],
  },
  C: {
    source: "levant-weekly-exodus.txt", title: "The Tunisian exodus", publisher: "Levant Weekly", published: "2015-05-02",
    text: "In 2014 alone, 6,000 Tunisians travelled to Syria, according to the Interior Ministry. "
      + "Ben Hassine did not pledge allegiance to the Islamic State in 2014, a spokesman for Ansar al-Sharia in Tunisia said. "
      + "Coalition aircraft struck Islamic State positions in Sirte.",
    claims: [
      { id: "c1", type: "flow", sentence: "In 2014 alone, 6,000 Tunisians travelled to Syria", modality: "reported", by: ["the Interior Ministry", E.MOI],
        args: { people: ["6,000 Tunisians", E.TN], origin: ["Tunisians", E.TN], destination: ["Syria", E.SY] },
        quantity: q(6000, "6,000", "exact"), time: { value: "2014", precision: "year", relation: "during", text: "In 2014 alone" } },
      { id: "c2", type: "allegiance", sentence: "Ben Hassine did not pledge allegiance to the Islamic State in 2014", modality: "negated",
        by: ["a spokesman for Ansar al-Sharia in Tunisia"],
        args: { subject: ["Ben Hassine", E.BH], group: ["Islamic State", E.IS] },
        time: { value: "2014", precision: "year", relation: "at", text: "in 2014" } },
      { id: "c3", type: "conflict", sentence: "Coalition aircraft struck Islamic State positions in Sirte",
        args: { actor: ["Coalition", E.COALITION], target: ["Islamic State", E.IS], location: ["Sirte", E.SIRTE] } },
    ],
  },
  D: {
    source: "north-africa-monitor-libya.txt", title: "Libya's Tunisian contingent", publisher: "North Africa Monitor", published: "2015-06-01",
    text: "Ben Hassine, the Ansar al-Sharia in Tunisia leader, remains at large. "
      + "Around 1,000 Tunisians have gone to Libya, said Karim Mezran, an analyst at the Atlantic Council.",
    claims: [
      { id: "c1", type: "leadership", sentence: "Ben Hassine, the Ansar al-Sharia in Tunisia leader",
        args: { leader: ["Ben Hassine", E.BH], group: ["Ansar al-Sharia in Tunisia", E.AST], role: ["leader"] } },
      { id: "c2", type: "flow", sentence: "Around 1,000 Tunisians have gone to Libya", modality: "estimated", by: ["Karim Mezran", E.MEZRAN],
        args: { people: ["1,000 Tunisians", E.TN], origin: ["Tunisians", E.TN], destination: ["Libya", E.LY] },
        quantity: q(1000, "Around 1,000") },
    ],
  },
  E: {
    source: "maghreb-review-libya.txt", title: "Tunisians in Libya's war", publisher: "Maghreb Review", published: "2015-06-15",
    text: "About 1,000 Tunisians are fighting in Libya, according to Karim Mezran. "
      + "Libya Dawn fighters clashed with the Islamic State near Sirte in May.",
    claims: [
      { id: "c1", type: "flow", sentence: "About 1,000 Tunisians are fighting in Libya", modality: "estimated", by: ["Karim Mezran", E.MEZRAN],
        args: { people: ["1,000 Tunisians", E.TN], origin: ["Tunisians", E.TN], destination: ["Libya", E.LY] },
        quantity: q(1000, "About 1,000") },
      { id: "c2", type: "conflict", sentence: "Libya Dawn fighters clashed with the Islamic State near Sirte in May",
        args: { actor: ["Libya Dawn", E.DAWN], target: ["Islamic State", E.IS], location: ["Sirte", E.SIRTE] },
        time: { value: "2015-05", precision: "month", relation: "at", text: "in May" } },
    ],
  },
};

export interface TestStore {
  store: Store;
  dir: string;
  /** DOCUMENT#CLAIM of a report's claim: ref("A", "c1"). */
  ref(report: keyof typeof REPORTS, claimId: string): string;
  docId(report: keyof typeof REPORTS): string;
  cleanup(): Promise<void>;
}

/** A fresh SQLite store in a temp folder holding the five reports. */
export async function storeWithReports(): Promise<TestStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-analyze-"));
  const store = await openStore(path.join(dir, "test.db"));
  const ids = {} as Record<keyof typeof REPORTS, string>;
  for (const [name, spec] of Object.entries(REPORTS) as [keyof typeof REPORTS, ReportSpec][]) {
    const { doc, extraction } = buildReport(spec);
    await store.putDocument(doc, extraction, "test-fixture");
    ids[name] = doc.id;
  }
  return {
    store, dir,
    ref: (r, c) => `${ids[r]}#${c}`,
    docId: (r) => ids[r],
    async cleanup() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The same store without its optional counting methods, as an older or third-party store would
 * be: analyze must then compute the same answers itself from listClaims.
 */
export function withoutCounting(store: Store): Store {
  return new Proxy(store, {
    get(target, key) {
      if (key === "countClaims" || key === "claimFacets") return undefined;
      const v = Reflect.get(target, key, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}
