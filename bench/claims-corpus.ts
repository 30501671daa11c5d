// A synthetic store of documents with their extractions, for timing the API at a size real
// ingest would take hours to reach. Written straight through Store.putDocuments (the extractor
// is not what is measured here). Seeded, so every run builds the same store. The shape follows
// conflict reporting: a few hub groups named in thousands of reports, a long tail of persons
// and places, flows between some fifty countries, every claim type, dates and figures.
import { makeDocument } from "../src/ingest/document.js";
import { CLAIM_TYPES, type Arg, type Claim, type ClaimType, type Entity, type Extraction, type Modality } from "../src/extract/contract.js";
import type { PutItem, Store } from "../src/store/store.js";

/** mulberry32: small, fast and the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rec = Omit<Entity, "mentions">;

/** Picks index i with weight 1/(i+1)^s: the head is named often, the tail rarely. */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cum: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cum.push((total += 1 / (i + 1) ** s));
  return () => {
    const x = rand() * total;
    let lo = 0, hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
}

// Approximate centres, only so that flows have somewhere to be drawn.
const COUNTRIES: [string, string, number, number][] = [
  ["SY", "Syria", 35, 38], ["IQ", "Iraq", 33, 44], ["TR", "Turkey", 39, 35], ["TN", "Tunisia", 34, 9], ["LY", "Libya", 27, 17],
  ["SA", "Saudi Arabia", 24, 45], ["JO", "Jordan", 31, 36], ["MA", "Morocco", 32, -6], ["EG", "Egypt", 27, 30], ["RU", "Russia", 60, 90],
  ["FR", "France", 46, 2], ["GB", "United Kingdom", 54, -2], ["DE", "Germany", 51, 10], ["BE", "Belgium", 50.5, 4.5], ["NL", "Netherlands", 52, 5.5],
  ["SE", "Sweden", 62, 15], ["AT", "Austria", 47.5, 14], ["DK", "Denmark", 56, 10], ["ES", "Spain", 40, -4], ["IT", "Italy", 42.8, 12.8],
  ["US", "United States", 39, -98], ["CA", "Canada", 60, -95], ["AU", "Australia", -25, 135], ["LB", "Lebanon", 33.8, 35.8], ["YE", "Yemen", 15.5, 47.5],
  ["AF", "Afghanistan", 33, 65], ["PK", "Pakistan", 30, 70], ["IR", "Iran", 32, 53], ["DZ", "Algeria", 28, 3], ["ML", "Mali", 17, -4],
  ["NE", "Niger", 16, 8], ["NG", "Nigeria", 10, 8], ["TD", "Chad", 15, 19], ["SO", "Somalia", 6, 46], ["KE", "Kenya", 1, 38],
  ["SD", "Sudan", 15, 30], ["UZ", "Uzbekistan", 41, 64], ["TJ", "Tajikistan", 39, 71], ["KZ", "Kazakhstan", 48, 68], ["KG", "Kyrgyzstan", 41, 75],
  ["AZ", "Azerbaijan", 40.5, 47.5], ["GE", "Georgia", 42, 43.5], ["ID", "Indonesia", -5, 120], ["MY", "Malaysia", 2.5, 112.5], ["PH", "Philippines", 13, 122],
  ["BA", "Bosnia and Herzegovina", 44, 18], ["XK", "Kosovo", 42.6, 20.9], ["AL", "Albania", 41, 20], ["CN", "China", 35, 105], ["IN", "India", 20, 77],
];

const HUB_GROUPS: [string, string, string[]][] = [
  ["group:islamic-state", "ISIS", ["ISIL", "Islamic State", "Daesh"]],
  ["group:hayat-tahrir-al-sham", "Hayat Tahrir al-Sham", ["HTS"]],
  ["group:al-qaeda", "al-Qaeda", ["al-Qaida"]],
  ["group:al-shabaab", "al-Shabaab", ["Harakat al-Shabaab al-Mujahideen"]],
  ["group:boko-haram", "Boko Haram", ["JAS"]],
  ["group:aqim", "al-Qaeda in the Islamic Maghreb", ["AQIM"]],
  ["group:ansar-al-sharia-in-tunisia", "Ansar al-Sharia in Tunisia", ["AST"]],
  ["group:jnim", "Jama'at Nusrat al-Islam wal-Muslimin", ["JNIM"]],
  ["group:hezbollah", "Hezbollah", ["Hizballah"]],
  ["group:taliban", "Taliban", []],
];
const SPEAKERS = ["the UN Monitoring Team", "the Soufan Group", "the Interior Ministry", "ICSR", "Human Rights Watch", "the Pentagon",
  "Europol", "the Syrian Observatory for Human Rights", "Reuters sources", "local officials", "a spokesman", "the defence ministry",
  "the International Crisis Group", "Amnesty International", "the State Department", "security sources"];
const PUBLISHERS = ["Reuters", "AFP", "Associated Press", "BBC", "Al Jazeera", "The Guardian", "Le Monde", "Der Spiegel", "Middle East Eye",
  "The National", "Long War Journal", "Crisis Group", "Maghreb Monitor", "Sahel Watch", "Levant Report", "Horn Observer", "Asharq Al-Awsat",
  "Daily Star", "Hurriyet Daily News", "Kurdistan24", "Libya Herald", "Tunisie Numerique", "Premium Times", "Garowe Online", "Dawn",
  "Eurasianet", "RFE/RL", "Jakarta Post", "Rappler", "Balkan Insight", "War on the Rocks", "CTC Sentinel", "ACLED", "Airwars",
  "Bellingcat", "The New Humanitarian", "Jeune Afrique", "Anadolu", "Enab Baladi", "Nigeria Tribune"];
const SYL = ["al", "ba", "dir", "far", "ghan", "ha", "jas", "kar", "lam", "mar", "nab", "qas", "ra", "sal", "tal", "wad", "yab", "zur",
  "ben", "bir", "kef", "sid", "tar", "hum", "man", "bij", "tik", "dei", "raq", "mos"];
const FIRST = ["Abu", "Ahmed", "Mohamed", "Omar", "Ali", "Hassan", "Khalid", "Youssef", "Ibrahim", "Tarek", "Bilal", "Karim", "Samir", "Walid",
  "Hamza", "Anis", "Mourad", "Nabil", "Riadh", "Sami", "Yassine", "Mehdi", "Adel", "Fares", "Jamal", "Nour", "Amina", "Fatima", "Leila", "Salma"];
const LAST = ["Ben Hassine", "al-Tunisi", "al-Libi", "al-Iraqi", "al-Shami", "Haddad", "Mansour", "Khalil", "Bakr", "Jaziri", "Trabelsi",
  "Gharbi", "Saidi", "Hamdi", "Zitouni", "Belhadj", "Chaabani", "Mejri", "Baccouche", "Rezgui", "al-Masri", "al-Baghdadi", "Daoud",
  "Nasser", "Othmani", "Slimani", "Ayari", "Jebali", "Karoui", "Dridi"];

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** The entities the corpus draws from, and weighted pickers over each kind. */
function universe(rand: () => number) {
  const word = (n: number) => cap(Array.from({ length: n }, () => SYL[Math.floor(rand() * SYL.length)]).join(""));
  const countries: Rec[] = COUNTRIES.map(([cc, name, lat, lon]) => ({ id: `country:${cc}`, type: "country", name, aliases: [], country: cc, lat, lon, refs: { iso: cc } }));
  const groups: Rec[] = HUB_GROUPS.map(([id, name, aliases], i) => {
    const g: Rec = { id, type: "armed_group", name, aliases };
    if (i < 6) g.designations = [{ list: "UN", ref: `QDe.${100 + i}`, listed: `20${10 + i}-05-30` }];
    return g;
  });
  const seenGroup = new Set(groups.map((g) => g.id));
  while (groups.length < 300) {
    const name = `${["Liwa", "Katibat", "Jaysh", "Ansar", "Harakat"][Math.floor(rand() * 5)]} ${word(2)}`;
    const id = `group:${slug(name)}`;
    if (seenGroup.has(id)) continue;
    seenGroup.add(id);
    groups.push({ id, type: "armed_group", name, aliases: [], country: COUNTRIES[Math.floor(rand() * COUNTRIES.length)][0] });
  }
  const persons: Rec[] = [];
  const seenPerson = new Set<string>();
  while (persons.length < 6000) {
    const name = `${FIRST[Math.floor(rand() * FIRST.length)]} ${word(2)} ${LAST[Math.floor(rand() * LAST.length)]}`;
    const id = `person:${slug(name)}`;
    if (seenPerson.has(id)) continue;
    seenPerson.add(id);
    persons.push({ id, type: "person", name, aliases: [] });
  }
  const places: Rec[] = [];
  const seenPlace = new Set<string>();
  while (places.length < 2500) {
    const [cc, , lat, lon] = COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
    const name = word(2 + Math.floor(rand() * 2));
    const id = `place:${slug(name)}-${cc.toLowerCase()}`;
    if (seenPlace.has(id)) continue;
    seenPlace.add(id);
    places.push({ id, type: "place", name, aliases: [], country: cc, lat: lat + (rand() - 0.5) * 4, lon: lon + (rand() - 0.5) * 4 });
  }
  const speakers: Rec[] = SPEAKERS.map((s) => ({ id: `org:${slug(s.replace(/^(the|a) /, ""))}`, type: "organization", name: s.replace(/^the /, ""), aliases: [] }));
  return {
    countries, groups, persons, places, speakers,
    country: zipf(countries.length, 1.1, rand), group: zipf(groups.length, 1.0, rand),
    person: zipf(persons.length, 0.9, rand), place: zipf(places.length, 0.9, rand), speaker: zipf(speakers.length, 0.8, rand),
  };
}

/** Builds one report's text sentence by sentence, with the spans of what it mentions. */
class Report {
  text = "";
  private readonly entities = new Map<string, Entity>();
  readonly claims: Claim[] = [];
  private start = 0;

  say(s: string): void { this.text += s; }
  /** A mention of an entity (by a name or alias) as an argument. */
  m(e: Rec, text = e.name): Arg {
    const span: [number, number] = [this.text.length, this.text.length + text.length];
    this.text += text;
    const known = this.entities.get(e.id);
    if (known) known.mentions.push(span); else this.entities.set(e.id, { ...e, mentions: [span] });
    return { entity: e.id, text, span };
  }
  /** Plain text filling a role without an entity ("fighters", "emir"). */
  t(text: string): Arg {
    const span: [number, number] = [this.text.length, this.text.length + text.length];
    this.text += text;
    return { text, span };
  }
  open(): void { this.start = this.text.length; }
  close(c: Omit<Claim, "id" | "evidence">): void {
    this.text += " ";
    this.claims.push({ ...c, id: `c${this.claims.length + 1}`, evidence: [this.start, this.text.length - 1] } as Claim);
  }
  entityList(): Entity[] { return [...this.entities.values()]; }
}

const MODALITY: [Modality, number][] = [["asserted", 40], ["reported", 25], ["estimated", 15], ["alleged", 10], ["possible", 5], ["negated", 5]];
const TYPE_WEIGHT: Record<ClaimType, number> = {
  flow: 25, membership: 10, leadership: 6, allegiance: 4, alliance: 4, conflict: 12, presence: 8, recruitment: 7,
  interdiction: 5, training: 4, supply: 4, designation: 2, casualties: 9,
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface CorpusOptions { claims: number; seed?: number; batch?: number; onProgress?: (claims: number) => void }

/** Writes documents until `claims` claims are stored; returns the counts and a hub entity's id. */
export async function writeClaimsCorpus(store: Store, options: CorpusOptions): Promise<{ documents: number; claims: number; documentIds: string[] }> {
  if (!store.putDocuments) throw new Error(`the ${store.kind} store has no putDocuments`);
  const rand = seeded(options.seed ?? 20141001);
  const u = universe(rand);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const weighted = <T>(xs: [T, number][]) => {
    let x = rand() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of xs) if ((x -= w) < 0) return v;
    return xs[xs.length - 1][0];
  };
  const types = CLAIM_TYPES.map((t): [ClaimType, number] => [t, TYPE_WEIGHT[t]]);
  const documentIds: string[] = [];
  let claims = 0;
  let n = 0;
  const batch: PutItem[] = [];
  const flush = async () => {
    const results = await store.putDocuments!(batch.splice(0));
    const failed = results.find((r) => r instanceof Error);
    if (failed) throw failed;
  };
  while (claims < options.claims) {
    n++;
    const year = 2012 + Math.floor(rand() * 9);
    const published = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
    const r = new Report();
    const topic = u.groups[u.group()];
    const home = u.countries[u.country()];
    r.say(`Report ${n}. `);
    r.m(topic);
    r.say(` and the situation in `);
    r.m(home);
    r.say(`.\n`);
    const count = Math.max(1, Math.min(options.claims - claims, 2 + Math.floor(rand() * 7)));
    for (let k = 0; k < count; k++) {
      const type = weighted(types);
      const group = rand() < 0.5 ? topic : u.groups[u.group()];
      const groupName = (g: Rec) => (g.aliases.length && rand() < 0.3 ? pick(g.aliases) : g.name);
      const country = () => u.countries[u.country()];
      const person = () => u.persons[u.person()];
      const place = () => u.places[u.place()];
      const hasTime = rand() < 0.7;
      const precision = hasTime ? weighted<"year" | "month" | "day">([["year", 3], ["month", 5], ["day", 2]]) : undefined;
      const ty = year - Math.floor(rand() * 2), tm = 1 + Math.floor(rand() * 12), td = 1 + Math.floor(rand() * 28);
      const timeText = precision === "year" ? `in ${ty}` : precision === "month" ? `in ${MONTHS[tm - 1]} ${ty}` : `on ${td} ${MONTHS[tm - 1]} ${ty}`;
      const timeValue = precision === "year" ? `${ty}` : precision === "month" ? `${ty}-${String(tm).padStart(2, "0")}` : `${ty}-${String(tm).padStart(2, "0")}-${String(td).padStart(2, "0")}`;
      const args: Claim["args"] = {};
      let quantity: Claim["quantity"];
      const modality = weighted(MODALITY);
      r.open();
      let attribution: Claim["attribution"] = null;
      if (rand() < 0.6) {
        r.say("According to ");
        const s = u.speakers[u.speaker()];
        const a = rand() < 0.7 ? r.m(s, SPEAKERS[u.speakers.indexOf(s)]) : r.t(pick(["officials", "residents", "a source"]));
        attribution = a.entity ? { entity: a.entity, text: a.text } : { text: a.text };
        r.say(", ");
      }
      const figure = () => {
        const v = Math.round(10 ** (1 + rand() * 3.5) / 10) * 10 || 10;
        const approx = rand() < 0.5;
        const ranged = rand() < 0.1;
        const text = ranged ? `${v} to ${v * 2}` : `${approx ? "about " : ""}${v.toLocaleString("en-US")}`;
        quantity = ranged
          ? { value: null, low: v, high: v * 2, approx: false, bound: "exact", unit: "people", text }
          : { value: v, low: null, high: null, approx, bound: approx ? "about" : rand() < 0.1 ? "at_least" : "exact", unit: "people", text };
        return text;
      };
      switch (type) {
        case "flow": {
          r.say(`${figure()} fighters from `); args.origin = r.m(country()); r.say(" travelled to "); args.destination = r.m(country());
          if (rand() < 0.3) { r.say(" through "); args.via = r.m(u.countries[2]); }
          if (rand() < 0.4) { r.say(" to join "); args.group = r.m(group, groupName(group)); }
          break;
        }
        case "interdiction": { args.actor = r.m(country()); r.say(` stopped ${figure()} people leaving for `); args.destination = r.m(country()); break; }
        case "recruitment": { args.group = r.m(group, groupName(group)); r.say(` recruited ${figure()} young men in `); args.location = r.m(place()); break; }
        case "training": { args.group = r.m(group, groupName(group)); r.say(" trained fighters at a camp near "); args.location = r.m(place()); break; }
        case "supply": { args.supplier = r.m(country()); r.say(" supplied "); args.item = r.t(pick(["rifles", "ammunition", "drones", "vehicles"])); r.say(" to "); args.recipient = r.m(group, groupName(group)); break; }
        case "membership": { args.member = r.m(person()); r.say(" was a "); args.role = r.t(pick(["fighter", "commander", "recruiter", "member"])); r.say(" of "); args.group = r.m(group, groupName(group)); break; }
        case "leadership": { args.leader = r.m(person()); r.say(" led "); args.group = r.m(group, groupName(group)); r.say(" as "); args.role = r.t(pick(["emir", "commander", "spokesman"])); break; }
        case "allegiance": {
          const other = u.groups[u.group()];
          args.subject = r.m(other, groupName(other)); r.say(" pledged allegiance to "); args.group = r.m(group, groupName(group));
          if (rand() < 0.3) { const prev = u.groups[u.group()]; r.say(", leaving "); args.previous = r.m(prev, groupName(prev)); }
          break;
        }
        case "alliance": { const other = u.groups[u.group()]; args.parties = [r.m(group, groupName(group))]; r.say(" fought alongside "); (args.parties as Arg[]).push(r.m(other, groupName(other))); break; }
        case "conflict": { args.actor = r.m(group, groupName(group)); r.say(" attacked "); args.target = rand() < 0.5 ? r.m(u.groups[u.group()]) : r.m(country()); r.say(" near "); args.location = r.m(place()); break; }
        case "presence": { args.group = r.m(group, groupName(group)); r.say(" was present in "); args.location = r.m(place()); break; }
        case "designation": { args.authority = r.m(rand() < 0.5 ? u.countries[20] : u.countries[11]); r.say(" designated "); args.target = r.m(group, groupName(group)); r.say(" a terrorist organisation"); break; }
        case "casualties": { r.say(`${figure()} civilians were killed by `); args.perpetrator = r.m(group, groupName(group)); r.say(" in "); args.location = r.m(place()); break; }
      }
      r.say(hasTime ? ` ${timeText}.` : ".");
      const time: Claim["time"] = hasTime ? { value: timeValue, precision: precision!, relation: "at", text: timeText } : undefined;
      r.close({
        type, args, attribution, modality, confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
        ...(quantity ? { quantity } : {}), ...(time ? { time } : {}),
      });
      if (type === "flow" && rand() < 0.5) r.say("\n");
    }
    const publisher = PUBLISHERS[Math.floor(rand() ** 1.5 * PUBLISHERS.length)];
    const doc = makeDocument(r.text, `synthetic/${n}.txt`, "text", { title: `${topic.name}: report ${n}`, publisher, published, url: `https://example.org/${slug(publisher)}/${n}` });
    const extraction: Extraction = {
      document: { id: doc.id, file: doc.source, title: doc.title, published },
      entities: r.entityList(), claims: r.claims,
    };
    batch.push({ doc, extraction, extractorVersion: "bench-synthetic" });
    documentIds.push(doc.id);
    claims += r.claims.length;
    if (batch.length >= (options.batch ?? 500)) { await flush(); options.onProgress?.(claims); }
  }
  if (batch.length) await flush();
  return { documents: n, claims, documentIds };
}
