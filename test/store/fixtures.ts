// Hand-written reports and their extractions for the store suite. Spans are found in the text
// by the phrase they cover, so a fixture cannot point at the wrong characters.
import { makeDocument, type Document } from "../../src/ingest/document.js";
import type { Arg, Claim, Entity, Extraction } from "../../src/extract/contract.js";

export interface Report {
  doc: Document;
  extraction: Extraction;
}

const WORD = /[\p{L}\p{N}]/u;

/** Start and end of the `nth` (0-based) whole-word occurrence of `phrase` in `text`. */
export function spanOf(text: string, phrase: string, nth = 0): [number, number] {
  let seen = -1;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + phrase.length] ?? " ";
    if (WORD.test(before) || WORD.test(after)) continue;
    if (++seen === nth) return [at, at + phrase.length];
  }
  throw new Error(`fixture: "${phrase}" (#${nth}) not in text`);
}

/** Builds an extraction against one text, locating every phrase in it. */
class ExtractionBuilder {
  private readonly entities = new Map<string, Entity>();
  private readonly claims: Claim[] = [];
  constructor(private readonly doc: Document) {}

  entity(e: Omit<Entity, "mentions">, ...phrases: (string | [string, number])[]): this {
    const mentions = phrases.map((p) => (Array.isArray(p) ? spanOf(this.doc.text, p[0], p[1]) : spanOf(this.doc.text, p)));
    this.entities.set(e.id, { ...e, mentions });
    return this;
  }

  arg(text: string, entity?: string): Arg {
    const a: Arg = { text, span: spanOf(this.doc.text, text) };
    if (entity) a.entity = entity;
    return a;
  }

  claim(c: Omit<Claim, "evidence" | "confidence"> & { sentence: string; confidence?: number }): this {
    const { sentence, confidence, ...rest } = c;
    this.claims.push({ ...rest, evidence: spanOf(this.doc.text, sentence), confidence: confidence ?? 0.8 });
    return this;
  }

  build(): Report {
    const document: Extraction["document"] = { id: this.doc.id, file: this.doc.source };
    if (this.doc.title) document.title = this.doc.title;
    if (this.doc.published) document.published = this.doc.published;
    return { doc: this.doc, extraction: { document, entities: [...this.entities.values()], claims: this.claims } };
  }
}

export function extractionFor(doc: Document): ExtractionBuilder {
  return new ExtractionBuilder(doc);
}

const TUNISIA = { id: "country:TN", type: "country", name: "Tunisia", aliases: [], country: "TN", lat: 34, lon: 9, refs: { iso: "TN" } } as const;
const LIBYA = { id: "country:LY", type: "country", name: "Libya", aliases: [], country: "LY", refs: { iso: "LY" } } as const;
const AST_ID = "group:ansar-al-sharia-in-tunisia";
const ISIL_ID = "group:un:QDe.115";

/** A February 2015 report on Tunisian recruitment (written for these tests). */
export function tunisiaReport(): Report {
  const s1 = "Tunisian officials say an estimated 3,000 Tunisians have travelled to Syria and Iraq to join ISIS since 2011.";
  const s2 = "According to the Interior Ministry, security forces stopped 9,000 would-be fighters from leaving Tunisia in 2014.";
  const s3 = "Ansar al-Sharia in Tunisia (AST) recruits young men in Ben Guerdane, a border town near Libya.";
  const text = `${s1} ${s2} ${s3}\n`;
  const doc = makeDocument(text, "reports/tunisia-recruitment.txt", "text",
    { title: "Tunisia's pipeline of fighters", publisher: "Maghreb Monitor", url: "https://example.org/tunisia-fighters", published: "2015-02-27" });
  const b = extractionFor(doc);
  return b
    .entity({ ...TUNISIA, aliases: [...TUNISIA.aliases], refs: { ...TUNISIA.refs } }, "Tunisia", ["Tunisia", 1])
    .entity({ id: "population:TN", type: "population", name: "Tunisians", aliases: ["Tunisian"], country: "TN" }, "Tunisians")
    .entity({ id: "country:SY", type: "country", name: "Syria", aliases: [], country: "SY" }, "Syria")
    .entity({ id: "country:IQ", type: "country", name: "Iraq", aliases: [], country: "IQ" }, "Iraq")
    .entity({ id: ISIL_ID, type: "armed_group", name: "ISIS", aliases: [] }, "ISIS")
    .entity({ id: "org:interior-ministry-tn", type: "organization", name: "Interior Ministry", aliases: [], country: "TN" }, "Interior Ministry")
    .entity({ id: AST_ID, type: "armed_group", name: "Ansar al-Sharia in Tunisia", aliases: ["AST"], country: "TN" }, "Ansar al-Sharia in Tunisia", "AST")
    .entity({ id: "place:ben-guerdane", type: "place", name: "Ben Guerdane", aliases: [], country: "TN" }, "Ben Guerdane")
    .entity({ ...LIBYA, aliases: [], refs: { ...LIBYA.refs } }, "Libya")
    .claim({
      id: "c1", type: "flow", sentence: s1, modality: "estimated",
      args: {
        people: b.arg("3,000 Tunisians", "population:TN"),
        destination: [b.arg("Syria", "country:SY"), b.arg("Iraq", "country:IQ")],
        group: b.arg("ISIS", ISIL_ID),
      },
      quantity: { value: 3000, low: null, high: null, approx: true, bound: "about", unit: "people", text: "an estimated 3,000" },
      time: { value: "2011", precision: "year", relation: "since", text: "since 2011" },
      attribution: { text: "Tunisian officials" },
    })
    .claim({
      id: "c2", type: "interdiction", sentence: s2, modality: "reported",
      args: {
        actor: b.arg("security forces"),
        people: b.arg("9,000 would-be fighters"),
        origin: b.arg("Tunisia", "country:TN"),
      },
      quantity: { value: 9000, low: null, high: null, approx: false, bound: "exact", unit: "people", text: "9,000" },
      time: { value: "2014", precision: "year", relation: "during", text: "in 2014" },
      attribution: { entity: "org:interior-ministry-tn", text: "the Interior Ministry" },
    })
    .claim({
      id: "c3", type: "recruitment", sentence: s3, modality: "asserted",
      args: {
        recruiter: b.arg("Ansar al-Sharia in Tunisia", AST_ID),
        recruits: b.arg("young men"),
        location: b.arg("Ben Guerdane", "place:ben-guerdane"),
      },
      attribution: null,
    })
    .build();
}

/** A March 2016 report on Libya (written for these tests); shares ISIS, AST and Ben Guerdane. */
export function libyaReport(): Report {
  const s1 = "The Islamic State in Iraq and the Levant, also known as Daesh, seized Sirte in Libya in 2015.";
  const s2 = "In March 2016 fighters from Ansar al-Sharia joined the group's forces in Sábratha, Libyan officials said.";
  const s3 = "Tunisia's army killed 36 militants who attacked Ben Guerdane on 7 March 2016.";
  const text = `${s1}\n\n${s2} ${s3}\n`;
  const doc = makeDocument(text, "reports/libya-march.txt", "text", { title: "Sirte, Sabratha and the border", published: "2016-03-10" });
  const b = extractionFor(doc);
  return b
    .entity({ id: ISIL_ID, type: "armed_group", name: "Islamic State in Iraq and the Levant", aliases: ["Daesh", "ISIL"], refs: { un: "QDe.115" } },
      "Islamic State in Iraq and the Levant", "Daesh")
    .entity({ id: "place:sirte", type: "place", name: "Sirte", aliases: ["Surt"], country: "LY", lat: 31.2, lon: 16.6 }, "Sirte")
    .entity({ ...LIBYA, aliases: [], refs: { ...LIBYA.refs } }, "Libya")
    .entity({ id: AST_ID, type: "armed_group", name: "Ansar al-Sharia", aliases: [] }, "Ansar al-Sharia")
    .entity({ id: "place:sabratha", type: "place", name: "Sabratha", aliases: ["Sábratha"], country: "LY" }, "Sábratha")
    .entity({ ...TUNISIA, aliases: [], refs: { ...TUNISIA.refs } }, "Tunisia")
    .entity({ id: "place:ben-guerdane", type: "place", name: "Ben Gardane", aliases: ["Ben Guerdane"], country: "TN", lat: 33.14, lon: 11.22 }, "Ben Guerdane")
    .claim({
      id: "c1", type: "presence", sentence: s1, modality: "asserted",
      args: { group: b.arg("The Islamic State in Iraq and the Levant", ISIL_ID), location: b.arg("Sirte", "place:sirte") },
      time: { value: "2015", precision: "year", relation: "at", text: "in 2015" },
      attribution: null,
    })
    .claim({
      id: "c2", type: "membership", sentence: s2, modality: "reported",
      args: { member: b.arg("Ansar al-Sharia", AST_ID), group: b.arg("the group's forces", ISIL_ID) },
      time: { value: "2016-03", precision: "month", relation: "at", text: "In March 2016" },
      attribution: { text: "Libyan officials" },
    })
    .claim({
      id: "c3", type: "casualties", sentence: s3, modality: "asserted",
      args: {
        victims: b.arg("36 militants"), perpetrator: b.arg("Tunisia's army", "country:TN"),
        location: b.arg("Ben Guerdane", "place:ben-guerdane"),
      },
      quantity: { value: 36, low: null, high: null, approx: false, bound: "exact", unit: "people", text: "36" },
      time: { value: "2016-03-07", precision: "day", relation: "at", text: "on 7 March 2016" },
      attribution: null,
    })
    .build();
}

/** A short report with no date, no claims and one entity. */
export function undatedNote(text = "A convoy was seen near Sirte.\n"): Report {
  const doc = makeDocument(text, "notes/convoy.txt", "text");
  return extractionFor(doc).entity({ id: "place:sirte", type: "place", name: "Surt", aliases: [] }, "Sirte").build();
}

const COUNTRIES = [["Tunisia", "TN"], ["Libya", "LY"], ["Algeria", "DZ"], ["Morocco", "MA"], ["Egypt", "EG"], ["Syria", "SY"],
  ["Iraq", "IQ"], ["Turkey", "TR"], ["Jordan", "JO"], ["Mali", "ML"], ["Niger", "NE"], ["Chad", "TD"]] as const;
const GROUPS = ["Islamic State", "Ansar al-Sharia", "al Qaeda in the Islamic Maghreb", "Jabhat al-Nusra", "Okba Ibn Nafaa Brigade",
  "Boko Haram", "al-Mourabitoun", "Ansar Dine", "Jund al-Khilafa", "Shura Council of Derna"];
const TOWNS = Array.from({ length: 60 }, (_, i) => `Town${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);
const CLAIM_KINDS = ["flow", "interdiction", "recruitment", "presence", "casualties"] as const;

/**
 * Report number `i` of a synthetic stream: typically ~30 claims and ~60 mentions over ~5 kB,
 * entities shared across reports. Deterministic, so a test knows what each report holds.
 */
export function syntheticReport(i: number): Report {
  const claimsWanted = 20 + ((i * 7) % 21);
  const parts: string[] = [];
  let length = 0;
  const entities = new Map<string, Entity>();
  const claims: Claim[] = [];
  const put = (s: string): [number, number] => {
    const span: [number, number] = [length, length + s.length];
    parts.push(s);
    length += s.length;
    return span;
  };
  const mention = (id: string, type: Entity["type"], name: string): Arg => {
    const span = put(name);
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], mentions: [] };
      entities.set(id, e);
    }
    e.mentions.push(span);
    return { entity: id, text: name, span };
  };
  put(`Report ${i}. `);
  for (let k = 0; k < claimsWanted; k++) {
    const start = length;
    const year = 2011 + ((i + k) % 8);
    const month = String(1 + ((i * 3 + k) % 12)).padStart(2, "0");
    const n = 10 + ((i * 31 + k * 17) % 900);
    const [country, iso] = COUNTRIES[(i + k) % COUNTRIES.length];
    const group = GROUPS[(i * 5 + k) % GROUPS.length];
    const town = TOWNS[(i * 11 + k * 3) % TOWNS.length];
    put(`In ${year}-${month}, `);
    const people = put(`${n} fighters`);
    put(" from ");
    const origin = mention(`country:${iso}`, "country", country);
    put(" moved to ");
    const location = mention(`place:${town.toLowerCase()}`, "place", town);
    put(" with ");
    const grp = mention(`group:${group.toLowerCase().replace(/[^a-z]+/g, "-")}`, "armed_group", group);
    put(`, officials said in bulletin ${i}-${k}. `);
    claims.push({
      id: `c${k + 1}`, type: CLAIM_KINDS[k % CLAIM_KINDS.length],
      args: { people: { text: `${n} fighters`, span: people }, origin, location, group: grp },
      quantity: { value: n, low: null, high: null, approx: false, bound: "exact", unit: "people", text: String(n) },
      time: { value: `${year}-${month}`, precision: "month", relation: "at", text: `${year}-${month}` },
      attribution: null, modality: k % 3 === 0 ? "reported" : "asserted",
      evidence: [start, length - 1], confidence: 0.7,
    });
  }
  const doc = makeDocument(parts.join(""), `synthetic/${i}.txt`, "text",
    { title: `Synthetic report ${i}`, published: `20${15 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}` });
  return { doc, extraction: { document: { id: doc.id, file: doc.source, title: doc.title, published: doc.published }, entities: [...entities.values()], claims } };
}
