import { beforeAll, describe, expect, it } from "vitest";
import { extract, ofType } from "./extract.js";

describe("attribution: who the text credits", () => {
  // the first run loads the models and gazetteers
  beforeAll(async () => { await extract("Warm up."); }, 60_000);

  it("'according to' credits the claim to the source, without its description", async () => {
    const doc = await extract("According to Rashid Abdi, a Horn of Africa analyst, al-Shabaab recruited hundreds of teenagers in Gedo.");
    const [r] = ofType(doc, "recruitment");
    expect(r.attribution?.text).toBe("Rashid Abdi");
  });

  it("a quote's speaker is credited across the quote's sentences", async () => {
    const doc = await extract("“The militants crossed into Niger last week. They attacked the base at Inates,” said Ahmed Maiga, a local official.");
    const attack = ofType(doc, "conflict")[0];
    expect(attack).toBeDefined();
    expect(attack.attribution?.text).toBe("Ahmed Maiga");
  });

  it("'he said' after a quote continues the last named speaker", async () => {
    const text = [
      "Fighting continued near Gao, said Moussa Ag Acharatoumane, a militia leader.",
      "“Last month ISGS fighters attacked our positions in Menaka,” he said.",
    ].join("\n\n");
    const doc = await extract(text);
    const attack = ofType(doc, "conflict").find((c) => text.slice(c.evidence[0], c.evidence[1]).includes("Menaka"));
    expect(attack?.attribution?.text).toMatch(/Moussa Ag Acharatoumane/);
  });

  it("'X said' at the end of a sentence credits what comes before", async () => {
    const doc = await extract("ISWAP fighters attacked Baga on Sunday, the army said.");
    expect(ofType(doc, "conflict")[0].attribution?.text).toBe("the army");
  });

  it("an organisation that reported something is its source", async () => {
    const doc = await extract("The interior ministry reported that police arrested 40 suspected recruits in Mombasa.");
    const [i] = ofType(doc, "interdiction");
    expect(i.attribution?.text).toBe("The interior ministry");
  });

  it("a claim outside any speech keeps the document's own voice", async () => {
    const doc = await extract("Houthi forces attacked Marib in February.");
    expect(ofType(doc, "conflict")[0].attribution).toBeNull();
    expect(doc.speeches).toHaveLength(0);
  });
});
