import { beforeAll, describe, expect, it } from "vitest";
import { extract, ofType } from "./extract.js";

describe("modality: how certain the text makes a claim", () => {
  // the first run loads the models and gazetteers
  beforeAll(async () => { await extract("Warm up."); }, 60_000);

  it("'may' makes a claim possible", async () => {
    const doc = await extract("Hundreds of Sudanese fighters may have travelled to Libya.");
    expect(ofType(doc, "flow")[0].modality).toBe("possible");
  });

  it("'reportedly' makes it reported, across a coordinated verb", async () => {
    const doc = await extract("The commander reportedly pledged allegiance to ISIS and is now leading a faction in Puntland.");
    expect(ofType(doc, "allegiance")[0].modality).toBe("reported");
  });

  it("'allegedly' makes it alleged", async () => {
    const doc = await extract("Smugglers allegedly shipped rifles from Yemen to Somalia.");
    expect(ofType(doc, "supply")[0].modality).toBe("alleged");
  });

  it("an approximate count makes the claim estimated", async () => {
    const doc = await extract("About 200 Tajiks travelled to Syria in 2014.");
    expect(ofType(doc, "flow")[0].modality).toBe("estimated");
  });

  it("crediting a source with 'according to' leaves the claim asserted", async () => {
    const doc = await extract("According to the UN, JNIM fighters attacked Boulkessi in May.");
    const [c] = ofType(doc, "conflict");
    expect(c.attribution).not.toBeNull();
    expect(c.modality).toBe("asserted");
  });

  it("'did not' negates", async () => {
    const doc = await extract("The militants did not attack the base at Tessalit.");
    expect(ofType(doc, "conflict")[0].modality).toBe("negated");
  });

  it("a government that reported something makes its claims reported", async () => {
    const doc = await extract("The government reported that soldiers arrested 30 fighters near the border.");
    expect(ofType(doc, "interdiction")[0].modality).toBe("reported");
  });

  it("being accused of something makes it alleged", async () => {
    const doc = await extract("Prosecutors accused him of smuggling weapons from Libya into Niger.");
    expect(ofType(doc, "supply")[0].modality).toBe("alleged");
  });
});
