import { describe, expect, it } from "vitest";
import { createPipeline } from "../../src/extract/pipeline.js";
import { findGazetteerMentions } from "../../src/extract/gazetteer/find-mentions.js";
import type { Doc } from "../../src/extract/doc.js";

const pipeline = createPipeline(["segment", "gazetteer"]);
const run = (text: string): Promise<Doc> => pipeline.run(text);
/** The mention covering exactly the first whole-word occurrence of `surface`. */
const at = (doc: Doc, surface: string) => {
  const re = new RegExp(`(?<![\\p{L}.])${surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");
  const start = re.exec(doc.text)?.index ?? -1;
  return doc.mentions.find((m) => m.start === start && m.end === start + surface.length);
};

describe("gazetteer: countries, peoples and places in a report", () => {
  it("finds countries with their ISO code and centre, and a possessive names the country only", async () => {
    const doc = await run("Tunisia’s border with Libya was closed on Monday, officials in Tunis said.");
    const tn = at(doc, "Tunisia");
    expect(tn).toMatchObject({ entityId: "country:TN", type: "country", source: "gazetteer", text: "Tunisia" });
    expect(at(doc, "Libya")?.entityId).toBe("country:LY");
    const info = doc.entities.get("country:TN")!;
    expect(info.lat).toBeGreaterThan(30);
    expect(info.lon).toBeGreaterThan(5);
    expect(at(doc, "Tunis")?.entityId).toMatch(/^place:geonames:/);
  });

  it("reads the usual short forms of countries: U.S., the UK, Britain", async () => {
    const doc = await run("The U.S. and Britain backed the strikes; the UK sent advisers. US officials declined to comment.");
    expect(at(doc, "U.S.")?.entityId ?? at(doc, "The U.S.")?.entityId).toBe("country:US");
    expect(at(doc, "Britain")?.entityId).toBe("country:GB");
    expect(doc.mentions.some((m) => m.entityId === "country:GB" && m.text.includes("UK"))).toBe(true);
    expect(at(doc, "US")?.entityId).toBe("country:US");
  });

  it("takes demonyms, nouns and adjectives alike, as the people of a country", async () => {
    const doc = await run("About 3,000 Tunisians joined the fight, and Tunisian soldiers were killed near the Libyan border. Emirati jets flew overhead.");
    expect(at(doc, "Tunisians")).toMatchObject({ type: "population", entityId: "population:TN" });
    expect(at(doc, "Tunisian")).toMatchObject({ type: "population", entityId: "population:TN" });
    expect(at(doc, "Libyan")?.entityId).toBe("population:LY");
    expect(at(doc, "Emirati")?.entityId).toBe("population:AE");
    expect(doc.entities.get("population:TN")?.country).toBe("TN");
  });

  it("does not take a common noun for a country: turkey in lower case", async () => {
    const doc = await run("Families shared turkey and bread before fighters crossed into Syria from Turkey.");
    expect(doc.mentions.filter((m) => m.entityId === "country:TR").map((m) => m.text)).toEqual(["Turkey"]);
  });

  it("resolves Derna to the Libyan port when the report is about Libya", async () => {
    const doc = await run("Fighters from Tunisia went to Derna, the Libyan port city, where the group is strongest.");
    const derna = at(doc, "Derna")!;
    expect(derna.type).toBe("place");
    const info = doc.entities.get(derna.entityId)!;
    expect(info.country).toBe("LY");
    expect(info.lat).toBeCloseTo(32.76, 0);
    expect(info.refs?.geonames).toBeDefined();
  });

  it("resolves Tripoli by the country the report is about, not by the first match", async () => {
    const libya = await run("Militias clashed in Tripoli as the government in Libya lost ground.");
    const lebanon = await run("Militants clashed in Tripoli, near the Syrian border, the Lebanese army said. Lebanon closed the port.");
    expect(libya.entities.get(at(libya, "Tripoli")!.entityId)?.country).toBe("LY");
    expect(lebanon.entities.get(at(lebanon, "Tripoli")!.entityId)?.country).toBe("LB");
  });

  it("names regions without a country: North Africa, the Sahel, Europe", async () => {
    const doc = await run("Recruits came from North Africa and Europe, and some moved on to the Sahel.");
    expect(at(doc, "North Africa")).toMatchObject({ type: "place", entityId: "place:region:north-africa" });
    expect(at(doc, "Europe")?.entityId).toBe("place:region:europe");
    expect(doc.mentions.some((m) => m.entityId === "place:region:sahel")).toBe(true);
    expect(doc.entities.get("place:region:north-africa")?.country).toBeUndefined();
  });

  it("leaves a place name inside a longer unlisted name to the name finder", async () => {
    const doc = await run("Andrew Engel of the Washington Institute said the camps moved.");
    expect(doc.mentions.some((m) => m.text === "Washington")).toBe(false);
  });

  it("keeps a common word that opens a sentence out of the places", async () => {
    const doc = await run("Police said the convoy left Mosul at dawn.");
    expect(doc.mentions.map((m) => m.text)).toEqual(["Mosul"]);
  });
});

describe("gazetteer: listed groups and persons", () => {
  it("takes ISIS, ISIL, Daesh and the Islamic State group as one entity with its UN and OFAC references", async () => {
    const doc = await run("ISIS claimed the attack. Daesh fighters, whom officials call ISIL, then left. The Islamic State group denied it.");
    const ids = new Set(["ISIS", "Daesh", "ISIL", "Islamic State group"].map((s) => at(doc, s)?.entityId));
    expect([...ids]).toEqual(["group:un:QDe.115"]);
    const info = doc.entities.get("group:un:QDe.115")!;
    expect(info.type).toBe("armed_group");
    expect(info.refs).toMatchObject({ un: "QDe.115", ofac: "8759" });
    expect(info.designations?.map((d) => d.list).sort()).toEqual(["OFAC SDN", "UN"]);
    expect(info.designations?.find((d) => d.list === "UN")?.listed).toBe("2004-10-18");
    expect(at(doc, "ISIS")?.source).toBe("list");
  });

  it("reads IS as the group only when it is not the verb", async () => {
    const doc = await run("IS fighters entered the town. What IS clear is that the IS convoy left.");
    const is = doc.mentions.filter((m) => m.text === "IS");
    expect(is.map((m) => doc.text.slice(m.start - 4, m.start).trim())).toEqual(["", "the"]);
  });

  it("matches acronyms only as written: AST is the group, ast is nothing", async () => {
    const doc = await run("Ansar al-Sharia Tunisia (AST) recruited openly; its ast-like logo changed.");
    expect(at(doc, "Ansar al-Sharia Tunisia")?.entityId).toBe("group:un:QDe.143");
    expect(at(doc, "AST")?.entityId).toBe("group:un:QDe.143");
    expect(doc.mentions.filter((m) => m.entityId === "group:un:QDe.143")).toHaveLength(2);
  });

  it("finds a listed person by full name, and in another romanisation through the name matcher", async () => {
    const listed = await run("A Tunisian named Tariq Bin Al Tahar Bin Al Falih Al 'Awni Al Harzi ran the network.");
    const harzi = at(listed, "Tariq Bin Al Tahar Bin Al Falih Al 'Awni Al Harzi")!;
    expect(harzi).toMatchObject({ type: "person", source: "list" });
    expect(listed.entities.get(harzi.entityId)?.refs).toMatchObject({ ofac: "17293" });
    const other = await run("Officials named Tarik Ben Tahar Ben Falih Ouni al-Harzi as the recruiter.");
    const m = other.mentions.find((x) => x.type === "person");
    expect(m?.entityId).toBe(harzi.entityId);
    expect(m?.score).toBeGreaterThan(0.85);
  });

  it("does not link a person on a common given name alone", async () => {
    const doc = await run("Mohammed Ahmed, a shopkeeper, and Abu Omar spoke to reporters.");
    expect(doc.mentions.filter((m) => m.type === "person")).toEqual([]);
  });

  it("does not link an unlisted commander whose name shares only common name parts with a listed person", async () => {
    // "Hamid" and "Saleh" are common names; a romanisation near "Shalah" must not make him a listed Iraqi official
    const doc = await run("Hamid Ould Saleh, a commander in central Mali, was killed near Mopti on Tuesday.");
    expect(doc.mentions.filter((m) => m.type === "person" && m.source === "list")).toEqual([]);
  });
});

describe("gazetteer: working without the stage runner", () => {
  it("gives plain mention objects with offsets into the text", () => {
    const text = "ISIS fighters moved from Raqqa to Mosul.";
    const { mentions } = findGazetteerMentions(text);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.text)).toEqual(["ISIS", "Raqqa", "Mosul"]);
  });
});
