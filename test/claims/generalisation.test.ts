import { beforeAll, describe, expect, it } from "vitest";
import { extract, ofType, roleHas, roleTexts } from "./extract.js";

// Mechanisms that carry the frames beyond the wording of one report; each sentence is from a
// conflict the frames were not written against (Mozambique, DR Congo, Nepal, Sahel).
describe("claims carry over to other conflicts' wording", () => {
  beforeAll(async () => { await extract("Warm up."); }, 60_000);

  it("a pronoun in a reported clause stands for the reporter: police said they had arrested", async () => {
    const doc = await extract("Police in Cabo Delgado said on Tuesday that they had arrested six men near Mocimboa da Praia.");
    const [a] = ofType(doc, "interdiction");
    expect(roleHas(a, "actor", "Police")).toBe(true);
  });

  it("a count goes to the quantity, not into the victims, and a village of X is X", async () => {
    const doc = await extract("At least 9 soldiers were killed in the village of Mucojo on Sunday.");
    const [k] = ofType(doc, "casualties");
    expect(roleTexts(k, "victims")).toEqual(["soldiers"]);
    expect(k.quantity?.value).toBe(9);
    expect(roleTexts(k, "location")).toEqual(["Mucojo"]);
  });

  it("a destination must be a place: leaving for a better life is no flow destination", async () => {
    const doc = await extract("Many young men left for a better life, their mothers said.");
    expect(ofType(doc, "flow").flatMap((f) => roleTexts(f, "destination"))).not.toContain("a better life");
  });

  it("a month is a time, never a destination: fighters who arrived in July went nowhere called July", async () => {
    const doc = await extract("Chad deployed around 400 soldiers to the region in July at the request of the Nigerien government.");
    expect(ofType(doc, "flow").flatMap((f) => roleTexts(f, "destination"))).not.toContain("July");
  });

  it("a nationality gives the origin as the country itself", async () => {
    const doc = await extract("About 300 Tanzanian nationals have travelled to Mozambique since 2019.");
    const [f] = ofType(doc, "flow");
    const origin = f.args.origin as { entity?: string };
    expect(origin.entity).toBe("country:TZ");
  });

  it("a participial phrase between commas does not hide the subject", async () => {
    const doc = await extract("Boko Haram, led by Abubakar Shekau since 2009, has pledged allegiance to the Islamic State.");
    const [a] = ofType(doc, "allegiance");
    expect(roleHas(a, "subject", "Boko Haram")).toBe(true);
  });

  it("a verb the tagger read as a noun after a plural name still carries its frame", async () => {
    const doc = await extract("The Maoists recruit children through village committees.");
    const [r] = ofType(doc, "recruitment");
    expect(roleHas(r, "recruiter", "Maoists")).toBe(true);
    expect(roleHas(r, "channel", "committees")).toBe(true);
  });

  it("a buyer is the recipient of a supply, and the market's place its origin", async () => {
    const doc = await extract("The militia buys most of its ammunition on the black market in Goma.");
    const [s] = ofType(doc, "supply");
    expect(roleHas(s, "recipient", "militia")).toBe(true);
    expect(roleHas(s, "origin", "Goma")).toBe(true);
  });

  it("foreigners joining a group are a flow counted by origin, with every country of a list", async () => {
    const doc = await extract("Fighters from Tanzania, Uganda and Kenya have joined the insurgents over the years.");
    const [f] = ofType(doc, "flow");
    expect(roleTexts(f, "origin")).toEqual(["Tanzania", "Uganda", "Kenya"]);
  });

  it("fighters loyal to a group are its membership, with their count", async () => {
    const doc = await extract("Some 1,200 fighters are still loyal to the ADF.");
    const [m] = ofType(doc, "membership");
    expect(roleHas(m, "group", "ADF")).toBe(true);
    expect(m.quantity?.value).toBe(1200);
  });

  it("a group with a count of fighters in a place is present there", async () => {
    const doc = await extract("Ansar al-Sunna, a jihadist group with an estimated 800 fighters in Cabo Delgado, has attacked Palma.");
    const p = ofType(doc, "presence").find((c) => roleHas(c, "location", "Cabo Delgado"));
    expect(p).toBeDefined();
    expect(roleHas(p!, "group", "Ansar al-Sunna")).toBe(true);
  });

  it("squeezing a group in a place is fighting it there", async () => {
    const doc = await extract("Rwandan troops squeezed the insurgents in the Macomia district.");
    const [c] = ofType(doc, "conflict");
    expect(roleHas(c, "target", "insurgents")).toBe(true);
    expect(roleHas(c, "location", "Macomia")).toBe(true);
  });

  it("firing rockets at a place makes the place the target, not the rockets", async () => {
    const doc = await extract("The rebels fired rockets at Goma airport on Friday.");
    const [c] = ofType(doc, "conflict");
    expect(roleHas(c, "target", "Goma")).toBe(true);
    expect(roleHas(c, "target", "rockets")).toBe(false);
  });
});
