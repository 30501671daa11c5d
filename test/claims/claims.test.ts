import { beforeAll, describe, expect, it } from "vitest";
import { extract, ofType, roleHas, roleTexts } from "./extract.js";

describe("claim frames over the sentence's parse", () => {
  // the first run loads the models and gazetteers
  beforeAll(async () => { await extract("Warm up."); }, 60_000);

  it("a relative clause gives the flow's people, and their nationality its origin", async () => {
    const doc = await extract("By March there were some 600 Kenyans who had travelled to Somalia to fight.");
    const [flow] = ofType(doc, "flow");
    expect(flow).toBeDefined();
    expect(roleHas(flow, "people", "Kenyans")).toBe(true);
    expect(roleHas(flow, "destination", "Somalia")).toBe(true);
    expect(roleTexts(flow, "origin").join(" ")).toMatch(/Kenya/);
  });

  it("coordination gives two destinations", async () => {
    const doc = await extract("Dozens of Uzbek militants travelled to Afghanistan and Pakistan last year.");
    const [flow] = ofType(doc, "flow");
    expect(roleTexts(flow, "destination")).toEqual(["Afghanistan", "Pakistan"]);
  });

  it("a coordinated passive verb keeps the subject and the voice: trained there and then sent to Yemen", async () => {
    const doc = await extract("Recruits were trained near Kismayo and then sent to Yemen through Djibouti.");
    const flow = ofType(doc, "flow")[0];
    expect(roleHas(flow, "people", "Recruits")).toBe(true);
    expect(roleHas(flow, "destination", "Yemen")).toBe(true);
    expect(roleHas(flow, "via", "Djibouti")).toBe(true);
  });

  it("a passive designation keeps the authority from its by-phrase", async () => {
    const doc = await extract("The group was designated by the U.S. State Department as a terrorist organization in 2018.");
    const [d] = ofType(doc, "designation");
    expect(roleHas(d, "target", "group")).toBe(true);
    expect(roleHas(d, "authority", "State Department")).toBe(true);
  });

  it("a passive with no by-phrase leaves the agent absent", async () => {
    const doc = await extract("Abu Yusuf al-Somali, a senior commander, was added to the sanctions list in 2019.");
    const [d] = ofType(doc, "designation");
    expect(roleHas(d, "target", "Abu Yusuf al-Somali")).toBe(true);
    expect(d.args.authority).toBeUndefined();
    expect(roleHas(d, "list", "sanctions list")).toBe(true);
  });

  it("weapons smuggled from a country: a participle makes the item and the origin", async () => {
    const doc = await extract("Investigators found rifles smuggled from Yemen across the Gulf of Aden.");
    const [s] = ofType(doc, "supply");
    expect(roleHas(s, "item", "rifles")).toBe(true);
    expect(roleHas(s, "origin", "Yemen")).toBe(true);
  });

  it("a title inside a name gives the leader and the group", async () => {
    const doc = await extract("In 2019 the ISWAP commander Abu Musab al-Barnawi was replaced.");
    const [l] = ofType(doc, "leadership");
    expect(roleHas(l, "leader", "Abu Musab al-Barnawi")).toBe(true);
    expect(roleHas(l, "group", "ISWAP")).toBe(true);
  });

  it("an apposition names an affiliate of a group", async () => {
    const doc = await extract("Officials blamed JNIM, an al Qaeda affiliate, for the ambush.");
    const [m] = ofType(doc, "membership");
    expect(roleHas(m, "member", "JNIM")).toBe(true);
    expect(roleHas(m, "group", "al Qaeda")).toBe(true);
  });

  it("a joint operation of two hyphenated groups is an alliance", async () => {
    const doc = await extract("Witnesses described a joint JNIM-ISGS operation near Menaka.");
    const [a] = ofType(doc, "alliance");
    expect(roleTexts(a, "parties")).toEqual(["JNIM", "ISGS"]);
  });

  it("urging people to join a group is recruitment for that group", async () => {
    const doc = await extract("Preachers in Mombasa urged young men to join al-Shabaab.");
    const [r] = ofType(doc, "recruitment");
    expect(roleHas(r, "recruits", "young men")).toBe(true);
    expect(roleHas(r, "group", "al-Shabaab")).toBe(true);
    expect(ofType(doc, "membership")).toHaveLength(0);
  });

  it("the object of 'rely on' recruits, and the relying group is the group", async () => {
    const doc = await extract("ISKP can rely on Tajik preachers to lure young migrants in Russia.");
    const [r] = ofType(doc, "recruitment");
    expect(roleHas(r, "recruiter", "Tajik preachers")).toBe(true);
    expect(roleHas(r, "group", "ISKP")).toBe(true);
  });

  it("advice and conditions are not reported events", async () => {
    const doc = await extract("They tell the boys: you have to go to Syria. If you die, you will go to paradise.");
    expect(ofType(doc, "flow")).toHaveLength(0);
    expect(ofType(doc, "casualties")).toHaveLength(0);
  });

  it("a by-phrase names the perpetrator of a killing and keeps the victims' count", async () => {
    const doc = await extract("Twelve soldiers were killed by al-Shabaab fighters in Lower Shabelle.");
    const [k] = ofType(doc, "casualties");
    expect(roleHas(k, "victims", "soldiers")).toBe(true);
    expect(roleHas(k, "perpetrator", "al-Shabaab")).toBe(true);
    expect(roleHas(k, "location", "Lower Shabelle")).toBe(true);
  });

  it("two verbs about the same victims make one claim: lost soldiers who were killed", async () => {
    const doc = await extract("The army lost dozens of soldiers who were killed near Inates.");
    expect(ofType(doc, "casualties")).toHaveLength(1);
  });

  it("an -ing modifier takes the noun before it as its subject: airstrikes targeting a group", async () => {
    const doc = await extract("French airstrikes targeting JNIM continued near Mopti.");
    const [c] = ofType(doc, "conflict");
    expect(roleHas(c, "actor", "French airstrikes")).toBe(true);
    expect(roleHas(c, "target", "JNIM")).toBe(true);
  });

  it("a nominalisation takes its arguments from 'of', 'from' and 'to'", async () => {
    const doc = await extract("Officials tracked the flow of Chechen fighters from Georgia to Syria.");
    const [f] = ofType(doc, "flow");
    expect(roleHas(f, "people", "Chechen fighters")).toBe(true);
    expect(roleHas(f, "destination", "Syria")).toBe(true);
  });

  it("switching allegiance keeps the previous group and the new one", async () => {
    const doc = await extract("The commander reportedly switched allegiance from al-Shabaab to the Islamic State.");
    const [a] = ofType(doc, "allegiance");
    expect(roleHas(a, "previous", "al-Shabaab")).toBe(true);
    expect(roleHas(a, "group", "Islamic State")).toBe(true);
  });

  it("a camp that belongs to a group is the group's presence", async () => {
    const doc = await extract("One of the camps near Kidal now belongs to JNIM.");
    const [p] = ofType(doc, "presence");
    expect(roleHas(p, "group", "JNIM")).toBe(true);
  });

  it("every claim keeps its sentence as evidence and a trace for --explain", async () => {
    const text = "Houthi forces attacked Marib. Saudi jets bombed Sanaa.";
    const doc = await extract(text);
    expect(doc.claims.length).toBeGreaterThanOrEqual(2);
    for (const c of doc.claims) {
      expect(text.slice(c.evidence[0], c.evidence[1])).toMatch(/\.$/);
      expect(doc.traces.find((t) => t.claimId === c.id)?.pattern).toBeTruthy();
    }
  });

  it("claim ids are stable from one run to the next", async () => {
    const text = "Twelve soldiers were killed by al-Shabaab fighters in Lower Shabelle.";
    const a = await extract(text), b = await extract(text);
    expect(a.claims.map((c) => c.id)).toEqual(b.claims.map((c) => c.id));
  });

  it("two coordinated verbs share the object: killed or captured 20 militants", async () => {
    const doc = await extract("Soldiers killed or captured 20 militants near Kidal.");
    expect(roleHas(ofType(doc, "casualties")[0], "victims", "militants")).toBe(true);
    expect(roleHas(ofType(doc, "interdiction")[0], "people", "militants")).toBe(true);
  });

  it("a group 'led by' a person after a comma is the person's leadership", async () => {
    const doc = await extract("HTS, led by Abu Mohammad al-Jolani, declared a new council in Idlib.");
    const [l] = ofType(doc, "leadership");
    expect(roleHas(l, "leader", "Jolani")).toBe(true);
    expect(roleHas(l, "group", "HTS")).toBe(true);
  });

  it("a possessor names the group of an affiliate: the Nusra Front, al Qaeda's affiliate", async () => {
    const doc = await extract("Fighters joined the Nusra Front, al Qaeda's affiliate in Syria.");
    const m = ofType(doc, "membership").find((c) => roleHas(c, "role", "affiliate"));
    expect(m && roleHas(m, "group", "al Qaeda")).toBe(true);
    expect(m && roleHas(m, "member", "Nusra Front")).toBe(true);
  });

  it("the people's own from-phrase and 'by way of' give origin and route", async () => {
    const doc = await extract("Fighters from Dagestan travelled to Istanbul by way of Baku.");
    const [f] = ofType(doc, "flow");
    expect(roleHas(f, "origin", "Dagestan")).toBe(true);
    expect(roleHas(f, "via", "Baku")).toBe(true);
  });
});
