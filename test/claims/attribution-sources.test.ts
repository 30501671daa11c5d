import { beforeAll, describe, expect, it } from "vitest";
import { extract, ofType } from "./extract.js";

// Sources an analyst records beside a claim, in the forms reports actually use.
describe("attribution: estimates, findings, documents and charges", () => {
  beforeAll(async () => { await extract("Warm up."); }, 60_000);

  it("an organisation that estimates a figure is its source, even when 'estimates' looks like a noun", async () => {
    const doc = await extract("UNHCR estimates that around 1,200 Nigerien boys travelled to Libya last year.");
    const [f] = ofType(doc, "flow");
    expect(f.attribution?.text).toBe("UNHCR");
    expect(f.modality).toBe("estimated");
  });

  it("investigators who found something, and reports that suggest it, are sources; a bare 'found' is not", async () => {
    const found = await extract("Investigators found that the rifles had been smuggled from Benin into Niger.");
    expect(ofType(found, "supply")[0].attribution?.text).toBe("Investigators");
    const seized = await extract("Police found 40 rifles smuggled from Benin in a truck near Gaya.");
    for (const c of seized.claims) expect(c.attribution).toBeNull();
  });

  it("a report's author, not the word 'report', is credited", async () => {
    const doc = await extract("A report by Human Rights Watch accused the militia of killing 30 villagers near Djibo.");
    const [k] = ofType(doc, "casualties");
    expect(k.attribution?.text).toContain("Human Rights Watch");
    expect(k.modality).toBe("alleged");
  });

  it("a speaker's office runs on through 'of'", async () => {
    const doc = await extract("The ISWAP commander was killed near Baga in May, the chief of defence staff said on Tuesday; the group denied it.");
    const [k] = ofType(doc, "casualties");
    expect(k.attribution?.text).toBe("the chief of defence staff");
  });

  it("a charge made in a participle after the main clause is the main subject's, and alleged", async () => {
    const doc = await extract("The Treasury sanctioned Hassan Wardi on Friday, accusing him of buying drones for the Houthis.");
    const [s] = ofType(doc, "supply");
    expect(s.attribution?.text).toBe("The Treasury");
    expect(s.modality).toBe("alleged");
  });

  it("what someone denies is the object of the denial, negated and theirs", async () => {
    const doc = await extract("Abdullahi Farah has denied any link to al-Shabaab.");
    const [m] = ofType(doc, "membership");
    expect(m.attribution?.text).toBe("Abdullahi Farah");
    expect(m.modality).toBe("negated");
  });

  it("a denial answering a charge leaves the charge alleged and its accuser's", async () => {
    const doc = await extract("Militia fighters attacked a convoy near Tillaberi, according to local chiefs, a charge the militia has denied.");
    const [c] = ofType(doc, "conflict");
    expect(c).toBeDefined();
    expect(c.attribution?.text).toBe("local chiefs");
    expect(c.modality).toBe("alleged");
  });

  it("a denial does not reach a charge made in a coordinated clause", async () => {
    const doc = await extract("Niamey has denied arming the militia and accuses Bamako of collaborating with JNIM.");
    expect(ofType(doc, "supply")[0]?.modality).toBe("negated");
    expect(ofType(doc, "alliance")[0]?.modality).toBe("alleged");
  });
});
